# Perehdytys: edistyminen, oppimispäiväkirja ja perehdytyssuunnitelma (suomi).

onboarding-progress-title = Oma edistymiseni
onboarding-progress-summary = Näet, mitkä koulutusosiot olet avannut, mihin olet kirjoittanut pohdintoja ja minkä olet merkinnyt tehdyksi.
onboarding-journal-title = Oppimispäiväkirja
onboarding-journal-summary = Kaikki pohdintakysymykset osioittain ja vastauksesi niihin. Voit jatkaa kirjoittamista täällä, tallentaa vastaukset tiedostoksi tai tulostaa ne.
onboarding-plan-title = Perehdytyssuunnitelma
onboarding-plan-summary = Koulutusosiot järjestyksessä: kuinka kauan kukin vie, mitä tehdä ennen sitä ja mitä sen jälkeen.
onboarding-box-title = Perehdytys

onboarding-no-script = Selaimesi ei suorita JavaScriptiä, joten edistymistä ja vastauksia ei tallenneta. Voit silti lukea kysymykset ja suunnitelman ja tulostaa ne.
onboarding-no-storage = Tämä selain ei anna tallentaa tietoja, joten edistymistäsi ja vastauksiasi ei voi säilyttää. Ne katoavat, kun suljet sivun.
onboarding-private = Merkinnät ja vastaukset tallentuvat vain tämän selaimen muistiin tällä laitteella. Mitään ei lähetetä minnekään.

onboarding-duration = { $hours ->
    [0] { $minutes } min
   *[other] { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
}
onboarding-about = noin { $time }
onboarding-at-least = vähintään { $time }
onboarding-no-time = kestoa ei ole annettu
onboarding-module-count = { $count ->
    [one] Koulutuksessa on yksi osio.
   *[other] Koulutuksessa on { $count } osiota.
}
onboarding-total = Arvioitu kesto yhteensä { $time }.
onboarding-unknown = { $count ->
    [one] Yhdelle osiolle ei ole annettu kestoa.
   *[other] { $count } osiolle ei ole annettu kestoa.
}

onboarding-progress-caption = Koulutusosioiden tila
onboarding-col-module = Osio
onboarding-col-time = Arvioitu kesto
onboarding-col-state = Tila
onboarding-state-unknown = ei tiedossa

onboarding-export = Tallenna vastaukset tiedostoksi
onboarding-print = Tulosta
onboarding-clear = Tyhjennä päiväkirja

onboarding-before = Ennen osiota
onboarding-before-read = Lue osion oppimistavoitteet.
onboarding-after = Osion jälkeen
onboarding-after-reflect = { $count ->
    [one] Vastaa pohdintakysymykseen oppimispäiväkirjassa.
   *[other] Vastaa { $count } pohdintakysymykseen oppimispäiväkirjassa.
}
onboarding-mark-module-done = Osio on tehty: { $title }

onboarding-js-state-not-started = Ei aloitettu
onboarding-js-state-opened = Avattu
onboarding-js-state-reflection = Pohdintoja kirjoitettu
onboarding-js-state-done = Tehty
onboarding-js-summary-left = %done%/%total% osiota tehty, noin %time% jäljellä.
onboarding-js-summary-left-partial = %done%/%total% osiota tehty, vähintään %time% jäljellä (kaikille osioille ei ole annettu kestoa).
onboarding-js-summary-unknown = %done%/%total% osiota tehty. Jäljellä olevien osioiden kestoa ei ole annettu.
onboarding-js-summary-finished = Kaikki %total% osiota tehty.
onboarding-js-time-hours-minutes = %h% h %m% min
onboarding-js-time-hours = %h% h
onboarding-js-time-minutes = %m% min
onboarding-js-announce-done = Osio merkitty tehdyksi.
onboarding-js-announce-undone = Merkintä poistettu: osio ei ole enää tehty.
onboarding-js-announce-plan-done = Kohta merkitty tehdyksi.
onboarding-js-announce-plan-undone = Kohdan merkintä poistettu.
onboarding-js-clear-confirm = Poistetaanko kaikki vastauksesi tästä selaimesta? Poistoa ei voi perua.
onboarding-js-announce-cleared = Vastaukset poistettu.
onboarding-js-announce-exported = Vastaukset tallennettu tiedostoksi.
onboarding-js-export-title = Oppimispäiväkirja
onboarding-js-export-no-answer = (ei vastausta)
onboarding-js-export-file = oppimispaivakirja
