# Print views: facilitator handouts, worksheets, the whole package.

print-handout-title = Ohjaajan paperi
print-worksheets-title = Tehtäväpaperit osallistujille
print-book-title = Koko koulutus yhtenä tulosteena
print-link-handout = Ohjaajan paperi: aikataulu, tavarat ja kysymykset
print-link-worksheets = Tehtäväpaperit osallistujille
print-link-book = Tulosta koko koulutus
print-agenda = Aikataulu
print-clock = Kello
print-step = Vaihe
print-running-total = Aikaa kulunut, min
print-no-minutes = aikaa ei kerrottu
print-your-minutes = Kuinka monta minuuttia vaihe { $step } kestää? Kirjoita oma arvio.
print-known-total = Vaiheet, joilla on kesto, kestävät yhteensä { $minutes } min.
print-untimed-steps = { $count ->
    [one] Yhdelle vaiheelle ei ole kestoa. Arvioi se itse.
   *[other] { $count } vaiheelle ei ole kestoa. Arvioi ne itse.
}
print-materials = Tarvittavat tavarat
print-no-materials = Suunnitelmassa ei ole tavaroita.
print-back = Takaisin: { $title }
print-start-time = Alkaa kello
print-hint = Valitse, mihin aikaan koulutus alkaa. Tulosta sitten selaimella. Valikot eivät tulostu.
print-built = tehty { $date }
print-name = Nimi
print-date = Päivä
print-sheet-questions = Pöytien kysymykset
print-sheet-questions-help = Kirjoita ryhmän ajatukset kysymysten alle. Lisää uusia asioita.
print-sheet-grid = Kanavat ja asiakkaat
print-sheet-grid-help = Kirjoita ruutuun: mitä asiakas odottaa, millainen palvelu on parhaimmillaan ja mitä asiakas voisi kysyä.
print-sheet-story = Lyhyt tarina
print-sheet-story-help = Kirjoita lyhyt tarina tavallisesta asiakastilanteesta. Tai kirjoita vaikeasta tilanteesta, joka muuttui hyväksi.
print-sheet-reflection = Mieti
print-sheet-reflection-help = Vastaa omin sanoin. Voit puhua vastauksista työkavereiden kanssa.
print-story-title = Tarinan nimi
print-story-channel = Kanava
print-story-kind = Tilanne
print-story-situation = Mitä asiakas tarvitsi?
print-story-actions = Mitä työntekijä teki?
print-no-worksheets = Tässä osassa ei ole tehtäväpapereita.
