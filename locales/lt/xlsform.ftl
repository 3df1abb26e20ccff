# Klausimynas kaip XLSForm darbaknygė: `intake questionnaire export | check | import`.

xlsform-where = { $sheet }, { $row } eilutė, stulpelis { $column }
xlsform-problem = { $where }: { $problem }
xlsform-other = Kita
xlsform-constraint-length = Atsakymas turi būti ne ilgesnis kaip { $max } simbolių.
xlsform-constraint-at-least = Įrašykite sveikąjį skaičių, ne mažesnį kaip { $min }.
xlsform-constraint-year = Įrašykite metus: ne ankstesnius kaip { NUMBER($min, useGrouping: 0) } ir ne vėlesnius, nei bus po { $ahead } m.

xlsform-exported = Klausimyno { $version } versija įrašyta į { $path }.
xlsform-check-ok = { $path }: problemų nėra. Klausimyno versija { $version }, klausimų: { $count }.
xlsform-check-failed = { $path }: reikia ištaisyti problemų: { $count }.
xlsform-imported = Klausimyno { $version } versija importuota: įrašyta { $yaml } ir kalbų failų: { $count }.
xlsform-unreadable = Nepavyko perskaityti { $path } kaip XLSX darbaknygės: { $reason }
xlsform-startup-failed = Klausimyno failo { $path } (QUESTIONNAIRE_FILE) naudoti negalima:

xlsform-language = Nežinoma numatytoji kalba: nurodykite English (en), Français (fr), Italiano (it) arba Lietuvių (lt).
xlsform-version = Versija „{ $value }“ nėra sveikasis skaičius (pavyzdžiui, 2).
xlsform-missing-translation = Trūksta teksto { $language ->
    [en] anglų
    [fr] prancūzų
    [it] italų
   *[lt] lietuvių
} kalba.
xlsform-missing-column = Trūksta stulpelio „{ $column }“.
xlsform-bad-choice = Pasirinkimo pavadinimas „{ $name }“ negali būti tuščias ar turėti tarpų.
xlsform-duplicate-choice = Pasirinkimas „{ $name }“ šiame sąraše pasikartoja.
xlsform-end-group = Prieš šį end_group nėra begin_group.
xlsform-open-group = Grupė „{ $name }“ neuždaryta end_group eilute.
xlsform-no-type = Eilutė „{ $name }“ neturi tipo.
xlsform-no-questions = Lape survey nėra nė vieno klausimo.
xlsform-definition = Klausimynas nenuoseklus: { $detail }
xlsform-bad-name = Pavadinimas „{ $name }“ turi prasidėti raide arba pabraukimo brūkšniu, po kurių eina raidės, skaitmenys, brūkšneliai, taškai ar pabraukimo brūkšniai.
xlsform-duplicate-name = Pavadinimas „{ $name }“ jau naudojamas { $first } eilutėje.
xlsform-unknown-type = Tipas „{ $type }“ nepalaikomas. Palaikomi tipai: text, integer, decimal, date, geopoint, note, acknowledge, range, calculate, select_one, select_multiple (su or_other), file, image, begin_group, end_group, begin_repeat, end_repeat.
xlsform-kind-mismatch = intake:kind „{ $kind }“ netinka tipui „{ $type }“.
xlsform-required = Stulpelio required reikšmė „{ $value }“ turi būti yes arba no.
xlsform-no-list = Pasirinkimų sąrašo „{ $list }“ lape choices nėra.
xlsform-yesno = Klausimui „taip / ne“ reikia sąrašo, kuriame būtų tik pasirinkimai yes ir no („{ $list }“).
xlsform-other-choice = Pasirinkimo „kita“ „{ $choice }“ sąraše „{ $list }“ nėra.
xlsform-constraint = Apribojimas „{ $value }“ nepalaikomas. Palaikoma: . >= N ir . <= N skaičiams, string-length(.) <= N tekstui.
xlsform-kind-changed = Klausimas „{ $name }“ buvo { $before } tipo, o taptų { $after }: jau pateikti atsakymai pakeistų prasmę. Naujam klausimui suteikite naują pavadinimą.
xlsform-expr-unexpected = Netikėtas „{ $token }“ išraiškoje. Palaikoma: q = 'v', q != 'v', selected(q, 'v'), palyginimai su skaičiais, and, or, not(…), skliaustai.
xlsform-expr-empty = Išraiška tuščia.
xlsform-expr-end = Išraiška baigiasi per anksti.
xlsform-expr-function = „{ $name }“ išraiškoje nepalaikoma; palaikomos tik selected(…) ir not(…).
xlsform-expr-whole-number = Galima lyginti tik sveikuosius skaičius („{ $token }“).
xlsform-expr-text-order = Tekstą („{ $token }“) galima lyginti tik su = arba !=.
xlsform-expr-unknown-question = Išraiškoje nurodytas „{ $name }“, kuris nėra ankstesnis klausimas.
xlsform-expr-not-choice = Klausimas „{ $name }“ nėra pasirinkimo klausimas: skaičių ar selected(…) naudokite tik ten, kur tinka.
xlsform-expr-unknown-choice = Klausimas „{ $name }“ neturi pasirinkimo „{ $choice }“.
xlsform-expr-not-number = Į klausimą „{ $name }“ atsakoma ne skaičiumi.
