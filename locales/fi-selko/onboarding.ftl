# Perehdytys selkosuomeksi: edistyminen, vihko vastauksille ja suunnitelma.

onboarding-progress-title = Mitä olen jo tehnyt
onboarding-progress-summary = Tästä näet, mitkä osat olet avannut, mihin olet kirjoittanut vastauksia ja mitkä osat olet tehnyt.
onboarding-journal-title = Vastaukseni
onboarding-journal-summary = Tässä ovat kaikki kysymykset ja sinun vastauksesi. Voit kirjoittaa lisää. Voit tallentaa vastaukset tiedostoon tai tulostaa ne.
onboarding-plan-title = Perehdytyksen suunnitelma
onboarding-plan-summary = Koulutuksen osat järjestyksessä. Näet, kauanko osa kestää ja mitä teet ennen osaa ja sen jälkeen.
onboarding-box-title = Perehdytys

onboarding-no-script = Selaimesi ei käytä JavaScriptiä. Siksi vastaukset eivät tallennu. Voit silti lukea kysymykset ja suunnitelman. Voit myös tulostaa ne.
onboarding-no-storage = Tämä selain ei voi tallentaa tietoja. Siksi vastaukset ja merkinnät katoavat, kun suljet sivun.
onboarding-private = Vastaukset ja merkinnät tallentuvat vain tähän selaimeen tässä laitteessa. Niitä ei lähetetä mihinkään.

onboarding-duration = { $hours ->
    [0] { $minutes } minuuttia
   *[other] { $minutes ->
        [0] { $hours } tuntia
       *[other] { $hours } tuntia { $minutes } minuuttia
    }
}
onboarding-about = noin { $time }
onboarding-at-least = ainakin { $time }
onboarding-no-time = aikaa ei kerrota
onboarding-module-count = { $count ->
    [one] Koulutuksessa on yksi osa.
   *[other] Koulutuksessa on { $count } osaa.
}
onboarding-total = Kaikki osat kestävät yhteensä { $time }.
onboarding-unknown = { $count ->
    [one] Yhden osan kestoa ei kerrota.
   *[other] { $count } osan kestoa ei kerrota.
}

onboarding-progress-caption = Koulutuksen osat
onboarding-col-module = Osa
onboarding-col-time = Kesto
onboarding-col-state = Tilanne
onboarding-state-unknown = ei tiedossa

onboarding-export = Tallenna vastaukset tiedostoon
onboarding-print = Tulosta
onboarding-clear = Poista vastaukset

onboarding-before = Ennen osaa
onboarding-before-read = Lue, mitä osassa opit.
onboarding-after = Osan jälkeen
onboarding-after-reflect = { $count ->
    [one] Vastaa kysymykseen.
   *[other] Vastaa { $count } kysymykseen.
}
onboarding-mark-module-done = Olen tehnyt osan: { $title }

onboarding-js-state-not-started = Et ole aloittanut
onboarding-js-state-opened = Avattu
onboarding-js-state-reflection = Olet vastannut
onboarding-js-state-done = Tehty
onboarding-js-summary-left = Olet tehnyt %done% osaa. Osia on %total%. Aikaa menee vielä noin %time%.
onboarding-js-summary-left-partial = Olet tehnyt %done% osaa. Osia on %total%. Aikaa menee vielä ainakin %time%.
onboarding-js-summary-unknown = Olet tehnyt %done% osaa. Osia on %total%.
onboarding-js-summary-finished = Olet tehnyt kaikki %total% osaa.
onboarding-js-time-hours-minutes = %h% tuntia %m% minuuttia
onboarding-js-time-hours = %h% tuntia
onboarding-js-time-minutes = %m% minuuttia
onboarding-js-announce-done = Osa on merkitty tehdyksi.
onboarding-js-announce-undone = Merkintä on poistettu.
onboarding-js-announce-plan-done = Kohta on merkitty tehdyksi.
onboarding-js-announce-plan-undone = Merkintä on poistettu.
onboarding-js-clear-confirm = Haluatko poistaa kaikki vastauksesi? Et saa niitä takaisin.
onboarding-js-announce-cleared = Vastaukset on poistettu.
onboarding-js-announce-exported = Vastaukset on tallennettu tiedostoon.
onboarding-js-export-title = Vastaukseni
onboarding-js-export-no-answer = (ei vastausta)
onboarding-js-export-file = vastaukseni
