# Gerosios praktikos vadovas (guide/): viskas, ką jis sako šalia atsakymų, komanda
# `intake guide` ir darbuotojų erdvės puslapis „Vadovas“.

guide-title = Gerosios praktikos vadovas
guide-subtitle = Piliečiai savanoriai policijos veikloje ir viešojo saugumo srityje
guide-project = CECOPS
guide-organisation = EFUS – Europos miestų saugumo forumas
guide-contents = Turinys
guide-introduction = Įvadas
guide-intro =
    Šiame vadove pristatomos iniciatyvos, kuriose piliečiai savanoriškai prisideda prie policijos veiklos ir viešojo saugumo užtikrinimo. Jomis pasidalijo miestai ir organizacijos, atsiliepę į CECOPS kvietimą dalytis patirtimi; iniciatyvos atrinktos kartu su projekto partneriais.
    Kiekviename skyriuje aprašomas vienos iniciatyvos kontekstas, po to pateikiami atsakymai į kvietimo klausimus – pažodžiui, ta kalba, kuria juos parašė respondentas.
guide-index-country = Rodyklė pagal šalį
guide-index-activity = Rodyklė pagal veiklą
guide-scores = Partnerių recenzijos: vidutinis balas pagal kriterijų
guide-criterion = Kriterijus
guide-mean = Vidutinis balas
guide-mean-out-of = { $mean } iš { $top }
guide-chapter = Skyrius
guide-page = Puslapis
guide-reference = Numeris
guide-anonymous = skelbiama neminint miesto
guide-untitled = Patirtis { $reference }
guide-no-country = Šalis nenurodyta
guide-unanswered = Neatsakyta.
guide-not-applicable = Netaikoma.
guide-masked = [kontaktiniai duomenys pašalinti]
guide-answers-language = Toliau pateikiami atsakymai pažodžiui, { $language } kalba.
guide-language-en = anglų
guide-language-fr = prancūzų
guide-language-it = italų
guide-language-lt = lietuvių
guide-part-description = Iniciatyva
guide-part-scope = Apimtis
guide-part-definition = Apibrėžtis
guide-part-situational = Situacinė prevencija
guide-part-evaluation = Iniciatyvos vertinimas
guide-part-transfer = Perkeliamumas
guide-part-sustainability = Tvarumas
guide-part-ethics = Etika ir apsaugos priemonės
guide-part-difficulties = Sunkumai
guide-part-lessons = Išmoktos pamokos

guide-done = { $count ->
    [0] Vadovas įrašytas į { $path }, bet jame nėra nė vienos patirties: nė vienas šios nagrinėjimo būsenos pateiktas klausimynas neturi respondento sutikimo skelbti. Darbuotojų erdvėje pažymėkite pateiktus klausimynus kaip „Atrinktas“ arba pasirinkite kitą būseną su --status.
    [one] Vadovas įrašytas į { $path }: { $count } patirtis.
    [few] Vadovas įrašytas į { $path }: { $count } patirtys.
    [many] Vadovas įrašytas į { $path }: { $count } patirties.
   *[other] Vadovas įrašytas į { $path }: { $count } patirčių.
}
guide-left-out-refused = Neįtraukta: { $reference } „{ $title }“ – respondentas nesutiko, kad būtų skelbiama.
guide-left-out-unanswered = Neįtraukta: { $reference } „{ $title }“ – į klausimą apie skelbimą neatsakyta.
guide-left-out-not-found = Neįtraukta: { $reference } – nėra pateikto klausimyno tokiu numeriu ir tokios nagrinėjimo būsenos.
guide-warning = Patikrinkite { $reference }, „{ $question }“ – tekste vis dar minima: { $words }.
guide-warning-masked = Patikrinkite { $reference }, „{ $question }“ – iš teksto pašalinti kontaktiniai duomenys: { $words }.
guide-error-extension = Iš „{ $value }“ neaišku, koks failo formatas: pavadinimas turi baigtis .docx arba .pdf.
guide-error-status = Nežinoma nagrinėjimo būsena „{ $value }“: naudokite new, in_review, selected, not_selected, on_hold arba all.
guide-error-order = Nežinoma tvarka „{ $value }“: naudokite country, activity arba manual.
guide-error-lang = Nežinoma kalba „{ $value }“: naudokite en, fr, it arba lt.

ws-nav-guide = Vadovas
guide-page-title = Gerosios praktikos vadovas
guide-page-lead = Į vadovą įtraukiami pasirinktos nagrinėjimo būsenos pateikti klausimynai, kurių respondentai sutiko su skelbimu; kiti išvardyti toliau, nurodant priežastį.
guide-page-make = Parengti vadovą
guide-page-lang = Vadovo kalba
guide-page-status = Nagrinėjimo būsena
guide-page-status-all = Bet kokia būsena
guide-page-references = Tik šie numeriai (neprivaloma, atskirkite tarpais)
guide-page-show = Peržiūrėti vadovo turinį
guide-page-download-docx = Atsisiųsti DOCX (redaguojamą)
guide-page-download-pdf = Atsisiųsti PDF
guide-page-order = Skyrių tvarka
guide-order-country = Pagal šalį
guide-order-activity = Pagal veiklą
guide-order-manual = Rankiniu būdu
guide-page-manual = Tvarka rankiniu būdu: po vieną numerį eilutėje (neišvardytieji – po jų, pagal šalį)
guide-page-save-order = Išsaugoti šią tvarką
guide-page-intro = Įvadas { $language } kalba
guide-page-intro-hint = Palikite laukelį tuščią, kad būtų naudojamas standartinis įvadas.
guide-page-save-intro = Išsaugoti šį įvadą
guide-page-saved = Išsaugota.
guide-page-chapters = { $count ->
    [one] Vadove – { $count } patirtis
    [few] Vadove – { $count } patirtys
    [many] Vadove – { $count } patirties
   *[other] Vadove – { $count } patirčių
}
guide-page-left-out = Neįtrauktos
guide-page-none-left-out = Nėra: kiekvieną pasirinktą patirtį galima skelbti.
guide-page-warnings = Patikrinti prieš skelbiant
guide-page-warnings-hint = Šiuose atsakymuose vis dar minimas miestas, organizacija ar kontaktinis asmuo, kurių minėti nederėtų. Vadove jie paliekami taip, kaip parašyti: prieš platindami vadovą, pataisykite juos DOCX faile (PDF faile jie lieka nepakeisti). Kontaktiniai duomenys, pažymėti „pašalinta iš vadovo“, į vadovą jau neįtraukti.
guide-page-no-warnings = Nė viename laisvos formos atsakyme neminimas miestas, organizacija ar kontaktinis asmuo, kurių minėti nederėtų.
guide-page-column-reference = Numeris
guide-page-column-title = Iniciatyva
guide-page-column-reason = Priežastis
guide-page-column-question = Klausimas
guide-page-column-words = Rasti žodžiai
guide-page-masked = pašalinta iš vadovo
guide-reason-refused = Respondentas nesutiko, kad būtų skelbiama.
guide-reason-unanswered = Į klausimą apie skelbimą neatsakyta.
guide-reason-not-found = Nėra pateikto klausimyno tokiu numeriu ir tokios nagrinėjimo būsenos.
guide-error-staff-only = Vadovą gali rengti tik EFUS darbuotojai ir administratoriai.
