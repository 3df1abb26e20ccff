# The conversation: review pages, progress, help by situation, consent reminder, stale buttons.

# Between a label and its answer on the review.
review-separator = {": "}

# A required question the respondent's initiative has nothing to say about.
button-not-applicable = Netaikoma
answer-not-applicable = netaikoma
hint-not-applicable = Jei šis klausimas Jūsų iniciatyvai netinka, pasirinkite „Netaikoma“.

# /help: šiuo metu veikiančios komandos, po vieną eilutėje.
help-commands = Ką galite daryti dabar:
help-command = { $command } – { $meaning }

# Prieš sutikimą – vietoj viso pranešimo iš naujo.
consent-reminder = Niekas neįrašoma, kol nesutinkate su aukščiau pateiktu pranešimu apie duomenų apsaugą. Sutikite arba nesutikite naudodami toliau esančius mygtukus.
button-read-notice = 📄 Perskaityti pranešimą

# Trumpos pastabos apie ką tik paspaustą mygtuką (ne daugiau kaip 200 simbolių).
toast-stale = Šis mygtukas priklauso ankstesniam žingsniui; naudokite naujausią žinutę.
toast-already-submitted = Šis klausimynas jau pateiktas (registracijos numeris { $reference }).

# Atsakymų peržiūra – po vieną dalį puslapyje.
review-page = Jūsų atsakymai · { $section } ({ $page }/{ $pages })
button-previous = ◀ Ankstesnis
button-next = Kitas ▶
