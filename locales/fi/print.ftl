# Print views: facilitator handouts, worksheets, the whole package.

print-handout-title = Ohjaajan tuloste
print-worksheets-title = Osallistujan tehtäväpohjat
print-book-title = Asiakaspalvelun koulutuspaketti kokonaisuudessaan
print-link-handout = Ohjaajan tuloste (aikataulu, tarvikkeet, kysymykset)
print-link-worksheets = Tehtäväpohjat osallistujille
print-link-book = Koko koulutuspaketti tulostettavana
print-agenda = Aikataulu
print-clock = Klo
print-step = Vaihe
print-running-total = Kulunut, min
print-no-minutes = kestoa ei kerrottu
print-your-minutes = Oma arviosi vaiheen { $step } kestosta minuutteina
print-known-total = Vaiheet, joille on annettu kesto, vievät yhteensä { $minutes } min.
print-untimed-steps = { $count ->
    [one] Yhdelle vaiheelle lähde ei anna kestoa: arvioi se itse.
   *[other] { $count } vaiheelle lähde ei anna kestoa: arvioi ne itse.
}
print-materials = Tarvikkeet (tarkistuslista)
print-no-materials = Suunnitelmassa ei mainita tarvikkeita.
print-back = Takaisin: { $title }
print-start-time = Aloitusaika
print-hint = Valitse aloitusaika ja tulosta selaimen tulostustoiminnolla. Navigointi ei tulostu.
print-built = koottu { $date }
print-name = Nimi
print-date = Päivämäärä
print-sheet-questions = Teemapöytien kysymykset
print-sheet-questions-help = Kirjoita kunkin kysymyksen alle ryhmänne ajatukset. Lisää uutta sen rinnalle, mitä aiemmat ryhmät ovat jo kirjoittaneet.
print-sheet-grid = Kanavat ja asiakkaat
print-sheet-grid-help = Kirjaa kuhunkin ruutuun: mitä asiakas odottaa kanavalta, millaista asiointi on parhaimmillaan ja mitä hän voisi kysyä.
print-sheet-story = Pienoistarina
print-sheet-story-help = Kirjoita lyhyt tarina tavallisesta asiakastilanteesta tai haastavasta tilanteesta, joka kääntyi yhdessä asiakkaan kanssa myönteiseksi.
print-sheet-reflection = Pohdittavaksi
print-sheet-reflection-help = Vastaa omin sanoin. Voit palata vastauksiisi työyhteisösi kanssa.
print-story-title = Tarinan otsikko
print-story-channel = Kanava
print-story-kind = Tilanne
print-story-situation = Mitä asiakas tarvitsi?
print-story-actions = Mitä työntekijä teki?
print-no-worksheets = Tähän osioon ei ole tehtäväpohjia.
