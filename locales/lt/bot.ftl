# Telegram-only messages: commands, chat types, files and other surprises.

cmd-start = Pradėti arba tęsti klausimyną
cmd-resume = Tęsti nuo ten, kur sustojote
cmd-back = Grįžti į ankstesnį klausimą
cmd-skip = Praleisti neprivalomą klausimą
cmd-review = Peržiūrėti atsakymus
cmd-language = Pakeisti kalbą
cmd-cancel = Kol kas sustoti (atsakymai išsaugomi)
cmd-help = Kaip tai veikia
cmd-status = Jūsų pateikti klausimynai ir jų numeriai
cmd-delete = Ištrinti visus savo duomenis
cmd-export = Eksportuoti atsakymus (administratoriams)
cmd-stats = Statistika (administratoriams)
cmd-digest = Suvestinės peržiūra (administratoriams)

bot-private-only = Šis asistentas veikia tik privačiame pokalbyje. Parašykite man tiesiogiai.
bot-edited-message = Į redaguotus pranešimus neatsižvelgiama. Norėdami pakeisti atsakymą, naudokite mygtuką „Atgal“ arba atsakymų peržiūrą.
bot-unknown-command = Tokios komandos nežinau. Siųskite /help – pamatysite, ką galiu.
bot-unsupported = Tokio pranešimo čia apdoroti negaliu.
bot-file-too-big = Šis failas per didelis ({ NUMBER($size, maximumFractionDigits: 1) } MB). Atsiųskite ne didesnį kaip { $max } MB failą arba pasidalykite nuoroda.
bot-text-too-long-part = (tęsinys { $part }/{ $parts })
