# Introduktion: framsteg, reflektionsdagbok och introduktionsplan (svenska).

onboarding-progress-title = Mina framsteg
onboarding-progress-summary = Här ser du vilka utbildningsavsnitt du har öppnat, var du har skrivit reflektioner och vilka du har markerat som klara.
onboarding-journal-title = Reflektionsdagbok
onboarding-journal-summary = Alla reflektionsfrågor avsnitt för avsnitt, med dina svar. Du kan skriva vidare här, spara svaren som en fil eller skriva ut dem.
onboarding-plan-title = Introduktionsplan
onboarding-plan-summary = Utbildningsavsnitten i ordning: hur lång tid vart och ett tar, vad du gör före och vad du gör efter.
onboarding-box-title = Introduktion

onboarding-no-script = Din webbläsare kör inte JavaScript, så dina framsteg och svar sparas inte. Du kan ändå läsa frågorna och planen och skriva ut dem.
onboarding-no-storage = Den här webbläsaren tillåter inte att uppgifter sparas, så dina framsteg och svar kan inte bevaras. De försvinner när du stänger sidan.
onboarding-private = Dina markeringar och svar sparas bara i den här webbläsaren på den här enheten. Ingenting skickas någonstans.

onboarding-duration = { $hours ->
    [0] { $minutes } min
   *[other] { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
}
onboarding-about = cirka { $time }
onboarding-at-least = minst { $time }
onboarding-no-time = ingen tid angiven
onboarding-module-count = { $count ->
    [one] Utbildningen har ett avsnitt.
   *[other] Utbildningen har { $count } avsnitt.
}
onboarding-total = Beräknad tid sammanlagt { $time }.
onboarding-unknown = { $count ->
    [one] För ett avsnitt finns ingen tid angiven.
   *[other] För { $count } avsnitt finns ingen tid angiven.
}

onboarding-progress-caption = Utbildningsavsnittens status
onboarding-col-module = Avsnitt
onboarding-col-time = Beräknad tid
onboarding-col-state = Status
onboarding-state-unknown = okänd

onboarding-export = Spara svaren som en fil
onboarding-print = Skriv ut
onboarding-clear = Töm dagboken

onboarding-before = Före avsnittet
onboarding-before-read = Läs avsnittets lärandemål.
onboarding-after = Efter avsnittet
onboarding-after-reflect = { $count ->
    [one] Svara på reflektionsfrågan i reflektionsdagboken.
   *[other] Svara på de { $count } reflektionsfrågorna i reflektionsdagboken.
}
onboarding-mark-module-done = Avsnittet är klart: { $title }

onboarding-js-state-not-started = Inte påbörjat
onboarding-js-state-opened = Öppnat
onboarding-js-state-reflection = Reflektioner skrivna
onboarding-js-state-done = Klart
onboarding-js-summary-left = %done% av %total% avsnitt klara, cirka %time% kvar.
onboarding-js-summary-left-partial = %done% av %total% avsnitt klara, minst %time% kvar (alla avsnitt har ingen angiven tid).
onboarding-js-summary-unknown = %done% av %total% avsnitt klara. För de avsnitt som är kvar finns ingen tid angiven.
onboarding-js-summary-finished = Alla %total% avsnitt är klara.
onboarding-js-time-hours-minutes = %h% h %m% min
onboarding-js-time-hours = %h% h
onboarding-js-time-minutes = %m% min
onboarding-js-announce-done = Avsnittet är markerat som klart.
onboarding-js-announce-undone = Markeringen är borttagen: avsnittet är inte längre klart.
onboarding-js-announce-plan-done = Punkten är markerad som klar.
onboarding-js-announce-plan-undone = Markeringen av punkten är borttagen.
onboarding-js-clear-confirm = Vill du ta bort alla dina svar från den här webbläsaren? Det går inte att ångra.
onboarding-js-announce-cleared = Svaren är borttagna.
onboarding-js-announce-exported = Svaren är sparade som en fil.
onboarding-js-export-title = Reflektionsdagbok
onboarding-js-export-no-answer = (inget svar)
onboarding-js-export-file = reflektionsdagbok
