# Print views: facilitator handouts, worksheets, the whole package.

print-handout-title = Utskrift för handledaren
print-worksheets-title = Arbetsblad för deltagarna
print-book-title = Hela utbildningspaketet i kundservice
print-link-handout = Utskrift för handledaren (tidsplan, material, frågor)
print-link-worksheets = Arbetsblad för deltagarna
print-link-book = Hela utbildningspaketet för utskrift
print-agenda = Tidsplan
print-clock = Kl.
print-step = Moment
print-running-total = Förflutet, min
print-no-minutes = längd inte angiven
print-your-minutes = Din egen uppskattning av moment { $step } i minuter
print-known-total = Momenten med angiven längd tar sammanlagt { $minutes } min.
print-untimed-steps = { $count ->
    [one] För ett moment anger källan ingen längd: uppskatta den själv.
   *[other] För { $count } moment anger källan ingen längd: uppskatta dem själv.
}
print-materials = Material (checklista)
print-no-materials = Planen nämner inget material.
print-back = Tillbaka: { $title }
print-start-time = Starttid
print-hint = Välj starttid och skriv ut med webbläsarens utskriftsfunktion. Navigeringen skrivs inte ut.
print-built = sammanställd { $date }
print-name = Namn
print-date = Datum
print-sheet-questions = Temaborden och deras frågor
print-sheet-questions-help = Skriv gruppens tankar under varje fråga. Lägg till nytt bredvid det som tidigare grupper redan skrivit.
print-sheet-grid = Kanaler och kunder
print-sheet-grid-help = Skriv i varje ruta: vad kunden väntar sig av kanalen, hur ärendet sköts som bäst och vad kunden kunde fråga.
print-sheet-story = Miniberättelse
print-sheet-story-help = Skriv en kort berättelse om en vanlig kundsituation eller om en svår situation som tillsammans med kunden vändes till något positivt.
print-sheet-reflection = Att fundera på
print-sheet-reflection-help = Svara med egna ord. Du kan återkomma till svaren med din arbetsgemenskap.
print-story-title = Berättelsens rubrik
print-story-channel = Kanal
print-story-kind = Situation
print-story-situation = Vad behövde kunden?
print-story-actions = Vad gjorde medarbetaren?
print-no-worksheets = Den här modulen har inga arbetsblad.
