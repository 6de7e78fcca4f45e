-- Rapport schema 5: the customer list's read model, and people found by their organisation.
--
-- customer_list holds one row per customer (id = customers.id, trashed customers included with
-- live = 0): what the list shows and the keys it sorts by, so that every column's order is one
-- partial index (key[, name_key], id, filter columns) WHERE live = 1, a page at any depth is a
-- keyset range over it, and the filters (stage, kind, owner, tag) are checked inside the index.
-- Triggers on the tables the list draws from keep it in step; the bulk loader drops them and
-- rebuilds the table set-based at the end of a load (CustomerListBuild). The views below say what
-- a row holds; the triggers and this migration read them, and the tests hold every other way of
-- filling the table to them.
--
-- Sort keys are never NULL (an empty text or 0 stands for "none"), so keyset comparisons on row
-- values work; "none" sorts first ascending and last descending. Texts sort folded: names by
-- customers.sort_name, cities and owners by a fold done in SQL through the text_fold table below
-- (triggers use only SQLite's built-in functions, so the file stays usable from the sqlite3
-- shell; the tests check it against foldText()).
--
-- Revenue over the last 12 months is a rolling window: fulfilled orders placed on or after
-- customer_list_state.window_start (00:00 UTC of the day a year before as_of). Order triggers
-- keep it right for new and changed orders; when the day moves on, CustomerListRepository::
-- refreshRevenueWindow() recomputes the customers whose oldest counted order (revenue_oldest_at,
-- indexed) dropped out of the window. Orders in several currencies cannot be added up: their
-- customer's currency is 'XXX' (ISO 4217: no currency).
--
-- customer_list_counts counts the live customers per (stage, kind, owner, tag bits), so the list
-- knows its row count for any combination of filters at once. Tags with ids 1 to 62 are bits of
-- tag_bits; a tag with a higher id is filtered through customer_tags instead (slower, still right).

CREATE TABLE customer_list (
    id                INTEGER PRIMARY KEY,            -- customers.id
    live              INTEGER NOT NULL,               -- 0 while the customer is in the trash
    kind              INTEGER NOT NULL,
    stage             INTEGER NOT NULL,
    owner_id          INTEGER,
    tag_bits          INTEGER NOT NULL DEFAULT 0,     -- bit (tag_id - 1) for tags 1..62
    name              TEXT NOT NULL,
    name_key          TEXT NOT NULL,                  -- customers.sort_name
    org_id            INTEGER,                        -- a person's organisation ("works at")
    org_name          TEXT NOT NULL DEFAULT '',
    org_key           TEXT NOT NULL DEFAULT '',
    owner_name        TEXT NOT NULL DEFAULT '',
    owner_key         TEXT NOT NULL DEFAULT '',
    phone             TEXT NOT NULL DEFAULT '',       -- primary phone, E.164
    email             TEXT NOT NULL DEFAULT '',       -- primary e-mail
    city              TEXT NOT NULL DEFAULT '',       -- city of the primary postal address
    city_key          TEXT NOT NULL DEFAULT '',
    last_contact_at   INTEGER NOT NULL DEFAULT 0,     -- newest interaction; 0: none
    revenue_minor     INTEGER NOT NULL DEFAULT 0,     -- fulfilled orders in the window
    revenue_currency  TEXT,                           -- NULL: no such orders; 'XXX': several
    revenue_oldest_at INTEGER                         -- the oldest order counted in revenue_minor
);

CREATE TABLE customer_list_state (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    as_of        TEXT NOT NULL,                       -- the day the revenue window ends
    window_start INTEGER NOT NULL                     -- Unix seconds: orders from here count
);
INSERT INTO customer_list_state (id, as_of, window_start)
VALUES (1, date('now'), CAST(strftime('%s', date('now', '-1 years')) AS INTEGER));

CREATE TABLE customer_list_counts (
    stage    INTEGER NOT NULL,
    kind     INTEGER NOT NULL,
    owner_id INTEGER NOT NULL,                        -- 0: nobody
    tag_bits INTEGER NOT NULL,
    n        INTEGER NOT NULL,
    PRIMARY KEY (stage, kind, owner_id, tag_bits)
) WITHOUT ROWID;

-- ---- Folding texts in SQL -------------------------------------------------------------------
-- What foldText() makes of each Latin, Greek and Cyrillic letter and combining mark it changes
-- (scripts/fold-sql.py). The views fold a text one character at a time (a recursive query): a
-- character found here becomes its folded form, any other is lowered (SQLite's lower() knows
-- ASCII only), and runs of white space become one space, trimmed at the ends, as in foldText().

CREATE TABLE text_fold (
    ch     TEXT PRIMARY KEY,
    folded TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO text_fold (ch, folded) VALUES
    ('À', 'a'), ('Á', 'a'), ('Â', 'a'), ('Ã', 'a'), ('Ä', 'a'), ('Å', 'a'), ('Æ', 'æ'), ('Ç', 'c'),
    ('È', 'e'), ('É', 'e'), ('Ê', 'e'), ('Ë', 'e'), ('Ì', 'i'), ('Í', 'i'), ('Î', 'i'), ('Ï', 'i'),
    ('Ð', 'ð'), ('Ñ', 'n'), ('Ò', 'o'), ('Ó', 'o'), ('Ô', 'o'), ('Õ', 'o'), ('Ö', 'o'), ('Ø', 'ø'),
    ('Ù', 'u'), ('Ú', 'u'), ('Û', 'u'), ('Ü', 'u'), ('Ý', 'y'), ('Þ', 'þ'), ('à', 'a'), ('á', 'a'),
    ('â', 'a'), ('ã', 'a'), ('ä', 'a'), ('å', 'a'), ('ç', 'c'), ('è', 'e'), ('é', 'e'), ('ê', 'e'),
    ('ë', 'e'), ('ì', 'i'), ('í', 'i'), ('î', 'i'), ('ï', 'i'), ('ñ', 'n'), ('ò', 'o'), ('ó', 'o'),
    ('ô', 'o'), ('õ', 'o'), ('ö', 'o'), ('ù', 'u'), ('ú', 'u'), ('û', 'u'), ('ü', 'u'), ('ý', 'y'),
    ('ÿ', 'y'), ('Ā', 'a'), ('ā', 'a'), ('Ă', 'a'), ('ă', 'a'), ('Ą', 'a'), ('ą', 'a'), ('Ć', 'c'),
    ('ć', 'c'), ('Ĉ', 'c'), ('ĉ', 'c'), ('Ċ', 'c'), ('ċ', 'c'), ('Č', 'c'), ('č', 'c'), ('Ď', 'd'),
    ('ď', 'd'), ('Đ', 'đ'), ('Ē', 'e'), ('ē', 'e'), ('Ĕ', 'e'), ('ĕ', 'e'), ('Ė', 'e'), ('ė', 'e'),
    ('Ę', 'e'), ('ę', 'e'), ('Ě', 'e'), ('ě', 'e'), ('Ĝ', 'g'), ('ĝ', 'g'), ('Ğ', 'g'), ('ğ', 'g'),
    ('Ġ', 'g'), ('ġ', 'g'), ('Ģ', 'g'), ('ģ', 'g'), ('Ĥ', 'h'), ('ĥ', 'h'), ('Ħ', 'ħ'), ('Ĩ', 'i'),
    ('ĩ', 'i'), ('Ī', 'i'), ('ī', 'i'), ('Ĭ', 'i'), ('ĭ', 'i'), ('Į', 'i'), ('į', 'i'), ('İ', 'i'),
    ('Ĳ', 'ij'), ('ĳ', 'ij'), ('Ĵ', 'j'), ('ĵ', 'j'), ('Ķ', 'k'), ('ķ', 'k'), ('Ĺ', 'l'),
    ('ĺ', 'l'), ('Ļ', 'l'), ('ļ', 'l'), ('Ľ', 'l'), ('ľ', 'l'), ('Ŀ', 'l·'), ('ŀ', 'l·'),
    ('Ł', 'ł'), ('Ń', 'n'), ('ń', 'n'), ('Ņ', 'n'), ('ņ', 'n'), ('Ň', 'n'), ('ň', 'n'),
    ('ŉ', 'ʼn'), ('Ŋ', 'ŋ'), ('Ō', 'o'), ('ō', 'o'), ('Ŏ', 'o'), ('ŏ', 'o'), ('Ő', 'o'),
    ('ő', 'o'), ('Œ', 'œ'), ('Ŕ', 'r'), ('ŕ', 'r'), ('Ŗ', 'r'), ('ŗ', 'r'), ('Ř', 'r'), ('ř', 'r'),
    ('Ś', 's'), ('ś', 's'), ('Ŝ', 's'), ('ŝ', 's'), ('Ş', 's'), ('ş', 's'), ('Š', 's'), ('š', 's'),
    ('Ţ', 't'), ('ţ', 't'), ('Ť', 't'), ('ť', 't'), ('Ŧ', 'ŧ'), ('Ũ', 'u'), ('ũ', 'u'), ('Ū', 'u'),
    ('ū', 'u'), ('Ŭ', 'u'), ('ŭ', 'u'), ('Ů', 'u'), ('ů', 'u'), ('Ű', 'u'), ('ű', 'u'), ('Ų', 'u'),
    ('ų', 'u'), ('Ŵ', 'w'), ('ŵ', 'w'), ('Ŷ', 'y'), ('ŷ', 'y'), ('Ÿ', 'y'), ('Ź', 'z'), ('ź', 'z'),
    ('Ż', 'z'), ('ż', 'z'), ('Ž', 'z'), ('ž', 'z'), ('ſ', 's'), ('Ɓ', 'ɓ'), ('Ƃ', 'ƃ'), ('Ƅ', 'ƅ'),
    ('Ɔ', 'ɔ'), ('Ƈ', 'ƈ'), ('Ɖ', 'ɖ'), ('Ɗ', 'ɗ'), ('Ƌ', 'ƌ'), ('Ǝ', 'ǝ'), ('Ə', 'ə'), ('Ɛ', 'ɛ'),
    ('Ƒ', 'ƒ'), ('Ɠ', 'ɠ'), ('Ɣ', 'ɣ'), ('Ɩ', 'ɩ'), ('Ɨ', 'ɨ'), ('Ƙ', 'ƙ'), ('Ɯ', 'ɯ'), ('Ɲ', 'ɲ'),
    ('Ɵ', 'ɵ'), ('Ơ', 'o'), ('ơ', 'o'), ('Ƣ', 'ƣ'), ('Ƥ', 'ƥ'), ('Ʀ', 'ʀ'), ('Ƨ', 'ƨ'), ('Ʃ', 'ʃ'),
    ('Ƭ', 'ƭ'), ('Ʈ', 'ʈ'), ('Ư', 'u'), ('ư', 'u'), ('Ʊ', 'ʊ'), ('Ʋ', 'ʋ'), ('Ƴ', 'ƴ'), ('Ƶ', 'ƶ'),
    ('Ʒ', 'ʒ'), ('Ƹ', 'ƹ'), ('Ƽ', 'ƽ'), ('Ǆ', 'dz'), ('ǅ', 'dz'), ('ǆ', 'dz'), ('Ǉ', 'lj'),
    ('ǈ', 'lj'), ('ǉ', 'lj'), ('Ǌ', 'nj'), ('ǋ', 'nj'), ('ǌ', 'nj'), ('Ǎ', 'a'), ('ǎ', 'a'),
    ('Ǐ', 'i'), ('ǐ', 'i'), ('Ǒ', 'o'), ('ǒ', 'o'), ('Ǔ', 'u'), ('ǔ', 'u'), ('Ǖ', 'u'), ('ǖ', 'u'),
    ('Ǘ', 'u'), ('ǘ', 'u'), ('Ǚ', 'u'), ('ǚ', 'u'), ('Ǜ', 'u'), ('ǜ', 'u'), ('Ǟ', 'a'), ('ǟ', 'a'),
    ('Ǡ', 'a'), ('ǡ', 'a'), ('Ǣ', 'æ'), ('ǣ', 'æ'), ('Ǥ', 'ǥ'), ('Ǧ', 'g'), ('ǧ', 'g'), ('Ǩ', 'k'),
    ('ǩ', 'k'), ('Ǫ', 'o'), ('ǫ', 'o'), ('Ǭ', 'o'), ('ǭ', 'o'), ('Ǯ', 'ʒ'), ('ǯ', 'ʒ'), ('ǰ', 'j'),
    ('Ǳ', 'dz'), ('ǲ', 'dz'), ('ǳ', 'dz'), ('Ǵ', 'g'), ('ǵ', 'g'), ('Ƕ', 'ƕ'), ('Ƿ', 'ƿ'),
    ('Ǹ', 'n'), ('ǹ', 'n'), ('Ǻ', 'a'), ('ǻ', 'a'), ('Ǽ', 'æ'), ('ǽ', 'æ'), ('Ǿ', 'ø'), ('ǿ', 'ø'),
    ('Ȁ', 'a'), ('ȁ', 'a'), ('Ȃ', 'a'), ('ȃ', 'a'), ('Ȅ', 'e'), ('ȅ', 'e'), ('Ȇ', 'e'), ('ȇ', 'e'),
    ('Ȉ', 'i'), ('ȉ', 'i'), ('Ȋ', 'i'), ('ȋ', 'i'), ('Ȍ', 'o'), ('ȍ', 'o'), ('Ȏ', 'o'), ('ȏ', 'o'),
    ('Ȑ', 'r'), ('ȑ', 'r'), ('Ȓ', 'r'), ('ȓ', 'r'), ('Ȕ', 'u'), ('ȕ', 'u'), ('Ȗ', 'u'), ('ȗ', 'u'),
    ('Ș', 's'), ('ș', 's'), ('Ț', 't'), ('ț', 't'), ('Ȝ', 'ȝ'), ('Ȟ', 'h'), ('ȟ', 'h'), ('Ƞ', 'ƞ'),
    ('Ȣ', 'ȣ'), ('Ȥ', 'ȥ'), ('Ȧ', 'a'), ('ȧ', 'a'), ('Ȩ', 'e'), ('ȩ', 'e'), ('Ȫ', 'o'), ('ȫ', 'o'),
    ('Ȭ', 'o'), ('ȭ', 'o'), ('Ȯ', 'o'), ('ȯ', 'o'), ('Ȱ', 'o'), ('ȱ', 'o'), ('Ȳ', 'y'), ('ȳ', 'y'),
    ('Ⱥ', 'ⱥ'), ('Ȼ', 'ȼ'), ('Ƚ', 'ƚ'), ('Ⱦ', 'ⱦ'), ('Ɂ', 'ɂ'), ('Ƀ', 'ƀ'), ('Ʉ', 'ʉ'), ('Ʌ', 'ʌ'),
    ('Ɇ', 'ɇ'), ('Ɉ', 'ɉ'), ('Ɋ', 'ɋ'), ('Ɍ', 'ɍ'), ('Ɏ', 'ɏ'), ('̀', ''), ('́', ''), ('̂', ''),
    ('̃', ''), ('̄', ''), ('̅', ''), ('̆', ''), ('̇', ''), ('̈', ''), ('̉', ''), ('̊', ''),
    ('̋', ''), ('̌', ''), ('̍', ''), ('̎', ''), ('̏', ''), ('̐', ''), ('̑', ''), ('̒', ''),
    ('̓', ''), ('̔', ''), ('̕', ''), ('̖', ''), ('̗', ''), ('̘', ''), ('̙', ''), ('̚', ''),
    ('̛', ''), ('̜', ''), ('̝', ''), ('̞', ''), ('̟', ''), ('̠', ''), ('̡', ''), ('̢', ''),
    ('̣', ''), ('̤', ''), ('̥', ''), ('̦', ''), ('̧', ''), ('̨', ''), ('̩', ''), ('̪', ''),
    ('̫', ''), ('̬', ''), ('̭', ''), ('̮', ''), ('̯', ''), ('̰', ''), ('̱', ''), ('̲', ''),
    ('̳', ''), ('̴', ''), ('̵', ''), ('̶', ''), ('̷', ''), ('̸', ''), ('̹', ''), ('̺', ''),
    ('̻', ''), ('̼', ''), ('̽', ''), ('̾', ''), ('̿', ''), ('̀', ''), ('́', ''), ('͂', ''),
    ('̓', ''), ('̈́', ''), ('ͅ', ''), ('͆', ''), ('͇', ''), ('͈', ''), ('͉', ''), ('͊', ''),
    ('͋', ''), ('͌', ''), ('͍', ''), ('͎', ''), ('͏', ''), ('͐', ''), ('͑', ''), ('͒', ''),
    ('͓', ''), ('͔', ''), ('͕', ''), ('͖', ''), ('͗', ''), ('͘', ''), ('͙', ''), ('͚', ''),
    ('͛', ''), ('͜', ''), ('͝', ''), ('͞', ''), ('͟', ''), ('͠', ''), ('͡', ''), ('͢', ''),
    ('ͣ', ''), ('ͤ', ''), ('ͥ', ''), ('ͦ', ''), ('ͧ', ''), ('ͨ', ''), ('ͩ', ''), ('ͪ', ''),
    ('ͫ', ''), ('ͬ', ''), ('ͭ', ''), ('ͮ', ''), ('ͯ', ''), ('Ͱ', 'ͱ'), ('Ͳ', 'ͳ'), ('ʹ', 'ʹ'),
    ('Ͷ', 'ͷ'), ('ͺ', ' '), (';', ';'), ('Ϳ', 'ϳ'), ('΄', ' '), ('΅', ' '), ('Ά', 'α'), ('·', '·'),
    ('Έ', 'ε'), ('Ή', 'η'), ('Ί', 'ι'), ('Ό', 'ο'), ('Ύ', 'υ'), ('Ώ', 'ω'), ('ΐ', 'ι'), ('Α', 'α'),
    ('Β', 'β'), ('Γ', 'γ'), ('Δ', 'δ'), ('Ε', 'ε'), ('Ζ', 'ζ'), ('Η', 'η'), ('Θ', 'θ'), ('Ι', 'ι'),
    ('Κ', 'κ'), ('Λ', 'λ'), ('Μ', 'μ'), ('Ν', 'ν'), ('Ξ', 'ξ'), ('Ο', 'ο'), ('Π', 'π'), ('Ρ', 'ρ'),
    ('Σ', 'σ'), ('Τ', 'τ'), ('Υ', 'υ'), ('Φ', 'φ'), ('Χ', 'χ'), ('Ψ', 'ψ'), ('Ω', 'ω'), ('Ϊ', 'ι'),
    ('Ϋ', 'υ'), ('ά', 'α'), ('έ', 'ε'), ('ή', 'η'), ('ί', 'ι'), ('ΰ', 'υ'), ('ϊ', 'ι'), ('ϋ', 'υ'),
    ('ό', 'ο'), ('ύ', 'υ'), ('ώ', 'ω'), ('Ϗ', 'ϗ'), ('ϐ', 'β'), ('ϑ', 'θ'), ('ϒ', 'υ'), ('ϓ', 'υ'),
    ('ϔ', 'υ'), ('ϕ', 'φ'), ('ϖ', 'π'), ('Ϙ', 'ϙ'), ('Ϛ', 'ϛ'), ('Ϝ', 'ϝ'), ('Ϟ', 'ϟ'), ('Ϡ', 'ϡ'),
    ('Ϣ', 'ϣ'), ('Ϥ', 'ϥ'), ('Ϧ', 'ϧ'), ('Ϩ', 'ϩ'), ('Ϫ', 'ϫ'), ('Ϭ', 'ϭ'), ('Ϯ', 'ϯ'), ('ϰ', 'κ'),
    ('ϱ', 'ρ'), ('ϲ', 'ς'), ('ϴ', 'θ'), ('ϵ', 'ε'), ('Ϸ', 'ϸ'), ('Ϲ', 'σ'), ('Ϻ', 'ϻ'), ('Ͻ', 'ͻ'),
    ('Ͼ', 'ͼ'), ('Ͽ', 'ͽ'), ('Ѐ', 'е'), ('Ё', 'е'), ('Ђ', 'ђ'), ('Ѓ', 'г'), ('Є', 'є'), ('Ѕ', 'ѕ'),
    ('І', 'і'), ('Ї', 'і'), ('Ј', 'ј'), ('Љ', 'љ'), ('Њ', 'њ'), ('Ћ', 'ћ'), ('Ќ', 'к'), ('Ѝ', 'и'),
    ('Ў', 'у'), ('Џ', 'џ'), ('А', 'а'), ('Б', 'б'), ('В', 'в'), ('Г', 'г'), ('Д', 'д'), ('Е', 'е'),
    ('Ж', 'ж'), ('З', 'з'), ('И', 'и'), ('Й', 'и'), ('К', 'к'), ('Л', 'л'), ('М', 'м'), ('Н', 'н'),
    ('О', 'о'), ('П', 'п'), ('Р', 'р'), ('С', 'с'), ('Т', 'т'), ('У', 'у'), ('Ф', 'ф'), ('Х', 'х'),
    ('Ц', 'ц'), ('Ч', 'ч'), ('Ш', 'ш'), ('Щ', 'щ'), ('Ъ', 'ъ'), ('Ы', 'ы'), ('Ь', 'ь'), ('Э', 'э'),
    ('Ю', 'ю'), ('Я', 'я'), ('й', 'и'), ('ѐ', 'е'), ('ё', 'е'), ('ѓ', 'г'), ('ї', 'і'), ('ќ', 'к'),
    ('ѝ', 'и'), ('ў', 'у'), ('Ѡ', 'ѡ'), ('Ѣ', 'ѣ'), ('Ѥ', 'ѥ'), ('Ѧ', 'ѧ'), ('Ѩ', 'ѩ'), ('Ѫ', 'ѫ'),
    ('Ѭ', 'ѭ'), ('Ѯ', 'ѯ'), ('Ѱ', 'ѱ'), ('Ѳ', 'ѳ'), ('Ѵ', 'ѵ'), ('Ѷ', 'ѵ'), ('ѷ', 'ѵ'), ('Ѹ', 'ѹ'),
    ('Ѻ', 'ѻ'), ('Ѽ', 'ѽ'), ('Ѿ', 'ѿ'), ('Ҁ', 'ҁ'), ('҃', ''), ('҄', ''), ('҅', ''), ('҆', ''),
    ('҇', ''), ('҈', ''), ('҉', ''), ('Ҋ', 'ҋ'), ('Ҍ', 'ҍ'), ('Ҏ', 'ҏ'), ('Ґ', 'ґ'), ('Ғ', 'ғ'),
    ('Ҕ', 'ҕ'), ('Җ', 'җ'), ('Ҙ', 'ҙ'), ('Қ', 'қ'), ('Ҝ', 'ҝ'), ('Ҟ', 'ҟ'), ('Ҡ', 'ҡ'), ('Ң', 'ң'),
    ('Ҥ', 'ҥ'), ('Ҧ', 'ҧ'), ('Ҩ', 'ҩ'), ('Ҫ', 'ҫ'), ('Ҭ', 'ҭ'), ('Ү', 'ү'), ('Ұ', 'ұ'), ('Ҳ', 'ҳ'),
    ('Ҵ', 'ҵ'), ('Ҷ', 'ҷ'), ('Ҹ', 'ҹ'), ('Һ', 'һ'), ('Ҽ', 'ҽ'), ('Ҿ', 'ҿ'), ('Ӏ', 'ӏ'), ('Ӂ', 'ж'),
    ('ӂ', 'ж'), ('Ӄ', 'ӄ'), ('Ӆ', 'ӆ'), ('Ӈ', 'ӈ'), ('Ӊ', 'ӊ'), ('Ӌ', 'ӌ'), ('Ӎ', 'ӎ'), ('Ӑ', 'а'),
    ('ӑ', 'а'), ('Ӓ', 'а'), ('ӓ', 'а'), ('Ӕ', 'ӕ'), ('Ӗ', 'е'), ('ӗ', 'е'), ('Ә', 'ә'), ('Ӛ', 'ә'),
    ('ӛ', 'ә'), ('Ӝ', 'ж'), ('ӝ', 'ж'), ('Ӟ', 'з'), ('ӟ', 'з'), ('Ӡ', 'ӡ'), ('Ӣ', 'и'), ('ӣ', 'и'),
    ('Ӥ', 'и'), ('ӥ', 'и'), ('Ӧ', 'о'), ('ӧ', 'о'), ('Ө', 'ө'), ('Ӫ', 'ө'), ('ӫ', 'ө'), ('Ӭ', 'э'),
    ('ӭ', 'э'), ('Ӯ', 'у'), ('ӯ', 'у'), ('Ӱ', 'у'), ('ӱ', 'у'), ('Ӳ', 'у'), ('ӳ', 'у'), ('Ӵ', 'ч'),
    ('ӵ', 'ч'), ('Ӷ', 'ӷ'), ('Ӹ', 'ы'), ('ӹ', 'ы'), ('Ӻ', 'ӻ'), ('Ӽ', 'ӽ'), ('Ӿ', 'ӿ'), ('Ḁ', 'a'),
    ('ḁ', 'a'), ('Ḃ', 'b'), ('ḃ', 'b'), ('Ḅ', 'b'), ('ḅ', 'b'), ('Ḇ', 'b'), ('ḇ', 'b'), ('Ḉ', 'c'),
    ('ḉ', 'c'), ('Ḋ', 'd'), ('ḋ', 'd'), ('Ḍ', 'd'), ('ḍ', 'd'), ('Ḏ', 'd'), ('ḏ', 'd'), ('Ḑ', 'd'),
    ('ḑ', 'd'), ('Ḓ', 'd'), ('ḓ', 'd'), ('Ḕ', 'e'), ('ḕ', 'e'), ('Ḗ', 'e'), ('ḗ', 'e'), ('Ḙ', 'e'),
    ('ḙ', 'e'), ('Ḛ', 'e'), ('ḛ', 'e'), ('Ḝ', 'e'), ('ḝ', 'e'), ('Ḟ', 'f'), ('ḟ', 'f'), ('Ḡ', 'g'),
    ('ḡ', 'g'), ('Ḣ', 'h'), ('ḣ', 'h'), ('Ḥ', 'h'), ('ḥ', 'h'), ('Ḧ', 'h'), ('ḧ', 'h'), ('Ḩ', 'h'),
    ('ḩ', 'h'), ('Ḫ', 'h'), ('ḫ', 'h'), ('Ḭ', 'i'), ('ḭ', 'i'), ('Ḯ', 'i'), ('ḯ', 'i'), ('Ḱ', 'k'),
    ('ḱ', 'k'), ('Ḳ', 'k'), ('ḳ', 'k'), ('Ḵ', 'k'), ('ḵ', 'k'), ('Ḷ', 'l'), ('ḷ', 'l'), ('Ḹ', 'l'),
    ('ḹ', 'l'), ('Ḻ', 'l'), ('ḻ', 'l'), ('Ḽ', 'l'), ('ḽ', 'l'), ('Ḿ', 'm'), ('ḿ', 'm'), ('Ṁ', 'm'),
    ('ṁ', 'm'), ('Ṃ', 'm'), ('ṃ', 'm'), ('Ṅ', 'n'), ('ṅ', 'n'), ('Ṇ', 'n'), ('ṇ', 'n'), ('Ṉ', 'n'),
    ('ṉ', 'n'), ('Ṋ', 'n'), ('ṋ', 'n'), ('Ṍ', 'o'), ('ṍ', 'o'), ('Ṏ', 'o'), ('ṏ', 'o'), ('Ṑ', 'o'),
    ('ṑ', 'o'), ('Ṓ', 'o'), ('ṓ', 'o'), ('Ṕ', 'p'), ('ṕ', 'p'), ('Ṗ', 'p'), ('ṗ', 'p'), ('Ṙ', 'r'),
    ('ṙ', 'r'), ('Ṛ', 'r'), ('ṛ', 'r'), ('Ṝ', 'r'), ('ṝ', 'r'), ('Ṟ', 'r'), ('ṟ', 'r'), ('Ṡ', 's'),
    ('ṡ', 's'), ('Ṣ', 's'), ('ṣ', 's'), ('Ṥ', 's'), ('ṥ', 's'), ('Ṧ', 's'), ('ṧ', 's'), ('Ṩ', 's'),
    ('ṩ', 's'), ('Ṫ', 't'), ('ṫ', 't'), ('Ṭ', 't'), ('ṭ', 't'), ('Ṯ', 't'), ('ṯ', 't'), ('Ṱ', 't'),
    ('ṱ', 't'), ('Ṳ', 'u'), ('ṳ', 'u'), ('Ṵ', 'u'), ('ṵ', 'u'), ('Ṷ', 'u'), ('ṷ', 'u'), ('Ṹ', 'u'),
    ('ṹ', 'u'), ('Ṻ', 'u'), ('ṻ', 'u'), ('Ṽ', 'v'), ('ṽ', 'v'), ('Ṿ', 'v'), ('ṿ', 'v'), ('Ẁ', 'w'),
    ('ẁ', 'w'), ('Ẃ', 'w'), ('ẃ', 'w'), ('Ẅ', 'w'), ('ẅ', 'w'), ('Ẇ', 'w'), ('ẇ', 'w'), ('Ẉ', 'w'),
    ('ẉ', 'w'), ('Ẋ', 'x'), ('ẋ', 'x'), ('Ẍ', 'x'), ('ẍ', 'x'), ('Ẏ', 'y'), ('ẏ', 'y'), ('Ẑ', 'z'),
    ('ẑ', 'z'), ('Ẓ', 'z'), ('ẓ', 'z'), ('Ẕ', 'z'), ('ẕ', 'z'), ('ẖ', 'h'), ('ẗ', 't'), ('ẘ', 'w'),
    ('ẙ', 'y'), ('ẚ', 'aʾ'), ('ẛ', 's'), ('ẞ', 'ß'), ('Ạ', 'a'), ('ạ', 'a'), ('Ả', 'a'),
    ('ả', 'a'), ('Ấ', 'a'), ('ấ', 'a'), ('Ầ', 'a'), ('ầ', 'a'), ('Ẩ', 'a'), ('ẩ', 'a'), ('Ẫ', 'a'),
    ('ẫ', 'a'), ('Ậ', 'a'), ('ậ', 'a'), ('Ắ', 'a'), ('ắ', 'a'), ('Ằ', 'a'), ('ằ', 'a'), ('Ẳ', 'a'),
    ('ẳ', 'a'), ('Ẵ', 'a'), ('ẵ', 'a'), ('Ặ', 'a'), ('ặ', 'a'), ('Ẹ', 'e'), ('ẹ', 'e'), ('Ẻ', 'e'),
    ('ẻ', 'e'), ('Ẽ', 'e'), ('ẽ', 'e'), ('Ế', 'e'), ('ế', 'e'), ('Ề', 'e'), ('ề', 'e'), ('Ể', 'e'),
    ('ể', 'e'), ('Ễ', 'e'), ('ễ', 'e'), ('Ệ', 'e'), ('ệ', 'e'), ('Ỉ', 'i'), ('ỉ', 'i'), ('Ị', 'i'),
    ('ị', 'i'), ('Ọ', 'o'), ('ọ', 'o'), ('Ỏ', 'o'), ('ỏ', 'o'), ('Ố', 'o'), ('ố', 'o'), ('Ồ', 'o'),
    ('ồ', 'o'), ('Ổ', 'o'), ('ổ', 'o'), ('Ỗ', 'o'), ('ỗ', 'o'), ('Ộ', 'o'), ('ộ', 'o'), ('Ớ', 'o'),
    ('ớ', 'o'), ('Ờ', 'o'), ('ờ', 'o'), ('Ở', 'o'), ('ở', 'o'), ('Ỡ', 'o'), ('ỡ', 'o'), ('Ợ', 'o'),
    ('ợ', 'o'), ('Ụ', 'u'), ('ụ', 'u'), ('Ủ', 'u'), ('ủ', 'u'), ('Ứ', 'u'), ('ứ', 'u'), ('Ừ', 'u'),
    ('ừ', 'u'), ('Ử', 'u'), ('ử', 'u'), ('Ữ', 'u'), ('ữ', 'u'), ('Ự', 'u'), ('ự', 'u'), ('Ỳ', 'y'),
    ('ỳ', 'y'), ('Ỵ', 'y'), ('ỵ', 'y'), ('Ỷ', 'y'), ('ỷ', 'y'), ('Ỹ', 'y'), ('ỹ', 'y'), ('Ỻ', 'ỻ'),
    ('Ỽ', 'ỽ'), ('Ỿ', 'ỿ');

-- ---- What a row holds ------------------------------------------------------------------------

CREATE VIEW customer_list_owner AS
SELECT u.id AS id, u.display_name AS name,
    (WITH RECURSIVE f(rest, out, c) AS (
        SELECT coalesce(u.display_name, ''), '', ''
        UNION ALL
        SELECT substr(rest, 2),
               CASE WHEN c NOT IN (' ', char(9), char(10), char(13)) THEN out || c
                    WHEN out = '' OR substr(out, -1) = ' ' THEN out
                    ELSE out || ' ' END,
               coalesce((SELECT folded FROM text_fold WHERE ch = substr(rest, 1, 1)),
                        lower(substr(rest, 1, 1)))
        FROM f WHERE rest <> '')
     SELECT rtrim(out || c, ' ' || char(9) || char(10) || char(13)) FROM f WHERE rest = '') AS key
FROM users u;

-- Per customer and kind the primary contact point, else the oldest (lowest id).
CREATE VIEW customer_list_contacts AS
SELECT customer_id, phone, email, city,
    (WITH RECURSIVE f(rest, out, c) AS (
        SELECT coalesce(city, ''), '', ''
        UNION ALL
        SELECT substr(rest, 2),
               CASE WHEN c NOT IN (' ', char(9), char(10), char(13)) THEN out || c
                    WHEN out = '' OR substr(out, -1) = ' ' THEN out
                    ELSE out || ' ' END,
               coalesce((SELECT folded FROM text_fold WHERE ch = substr(rest, 1, 1)),
                        lower(substr(rest, 1, 1)))
        FROM f WHERE rest <> '')
     SELECT rtrim(out || c, ' ' || char(9) || char(10) || char(13)) FROM f WHERE rest = '') AS city_key
FROM (SELECT c.id AS customer_id,
             coalesce((SELECT value FROM contact_points WHERE customer_id = c.id AND kind = 0
                       ORDER BY is_primary DESC, id LIMIT 1), '') AS phone,
             coalesce((SELECT value FROM contact_points WHERE customer_id = c.id AND kind = 1
                       ORDER BY is_primary DESC, id LIMIT 1), '') AS email,
             coalesce((SELECT city FROM contact_points WHERE customer_id = c.id AND kind = 2
                       ORDER BY is_primary DESC, id LIMIT 1), '') AS city
      FROM customers c);

-- The folded key of every city a postal address names (the bulk rebuild folds each city once).
CREATE VIEW customer_list_city_keys AS
SELECT city,
    (WITH RECURSIVE f(rest, out, c) AS (
        SELECT coalesce(city, ''), '', ''
        UNION ALL
        SELECT substr(rest, 2),
               CASE WHEN c NOT IN (' ', char(9), char(10), char(13)) THEN out || c
                    WHEN out = '' OR substr(out, -1) = ' ' THEN out
                    ELSE out || ' ' END,
               coalesce((SELECT folded FROM text_fold WHERE ch = substr(rest, 1, 1)),
                        lower(substr(rest, 1, 1)))
        FROM f WHERE rest <> '')
     SELECT rtrim(out || c, ' ' || char(9) || char(10) || char(13)) FROM f WHERE rest = '') AS key
FROM (SELECT DISTINCT city FROM contact_points WHERE kind = 2 AND city IS NOT NULL);

-- A person's organisation: the one of their "works at" relationships recorded last whose
-- organisation is not in the trash. Organisations have none.
CREATE VIEW customer_list_organisation AS
SELECT p.id AS customer_id, o.id AS org_id, coalesce(o.name, '') AS org_name,
       coalesce(o.sort_name, '') AS org_key
FROM customers p
LEFT JOIN customers o ON o.id = (SELECT r.to_id FROM relationships r
                                 JOIN customers x ON x.id = r.to_id AND x.deleted_at IS NULL
                                 WHERE r.from_id = p.id AND r.kind = 0 AND p.kind = 0
                                 ORDER BY r.id DESC LIMIT 1);

CREATE VIEW customer_list_revenue AS
SELECT c.id AS customer_id,
       coalesce((SELECT sum(total_minor) FROM orders WHERE customer_id = c.id AND status = 1
                 AND ordered_at >= s.window_start), 0) AS minor,
       (SELECT CASE WHEN count(*) = 0 THEN NULL WHEN min(currency) = max(currency)
                    THEN min(currency) ELSE 'XXX' END
        FROM orders WHERE customer_id = c.id AND status = 1
        AND ordered_at >= s.window_start) AS currency,
       (SELECT min(ordered_at) FROM orders WHERE customer_id = c.id AND status = 1
        AND ordered_at >= s.window_start) AS oldest
FROM customers c, customer_list_state s;

CREATE VIEW customer_list_source AS
SELECT c.id AS id, c.deleted_at IS NULL AS live, c.kind AS kind, c.stage AS stage,
       c.owner_id AS owner_id,
       coalesce((SELECT sum(1 << (tag_id - 1)) FROM customer_tags
                 WHERE customer_id = c.id AND tag_id BETWEEN 1 AND 62), 0) AS tag_bits,
       c.name AS name, c.sort_name AS name_key,
       g.org_id AS org_id, g.org_name AS org_name, g.org_key AS org_key,
       coalesce(u.name, '') AS owner_name, coalesce(u.key, '') AS owner_key,
       p.phone AS phone, p.email AS email, p.city AS city, p.city_key AS city_key,
       coalesce((SELECT max(occurred_at) FROM interactions WHERE customer_id = c.id), 0)
           AS last_contact_at,
       r.minor AS revenue_minor, r.currency AS revenue_currency, r.oldest AS revenue_oldest_at
FROM customers c
JOIN customer_list_contacts p ON p.customer_id = c.id
JOIN customer_list_organisation g ON g.customer_id = c.id
JOIN customer_list_revenue r ON r.customer_id = c.id
LEFT JOIN customer_list_owner u ON u.id = c.owner_id;

-- The rows of the customers there are, set-based: one pass over each table the list draws from
-- (a row at a time through customer_list_source would take minutes at a million customers). The
-- bulk loader rebuilds the table the same way (core/storage/sql/customer_list_rebuild.sql); the
-- tests hold both to customer_list_source.
CREATE TEMP TABLE list_last (customer_id INTEGER PRIMARY KEY, at INTEGER NOT NULL);
INSERT INTO list_last (customer_id, at)
SELECT customer_id, max(occurred_at) FROM interactions GROUP BY customer_id;

CREATE TEMP TABLE list_revenue (customer_id INTEGER PRIMARY KEY, minor INTEGER NOT NULL,
                                currency TEXT, oldest INTEGER);
INSERT INTO list_revenue (customer_id, minor, currency, oldest)
SELECT o.customer_id, sum(o.total_minor),
       CASE WHEN min(o.currency) = max(o.currency) THEN min(o.currency) ELSE 'XXX' END,
       min(o.ordered_at)
FROM orders o, customer_list_state s
WHERE o.status = 1 AND o.ordered_at >= s.window_start
GROUP BY o.customer_id;

-- The chosen contact point per kind: the primary one, else the lowest id (ids stay below 2^40).
CREATE TEMP TABLE list_contacts (customer_id INTEGER PRIMARY KEY, phone INTEGER, email INTEGER,
                                 postal INTEGER);
INSERT INTO list_contacts (customer_id, phone, email, postal)
SELECT customer_id,
       min(CASE kind WHEN 0 THEN ((1 - is_primary) << 40) + id END) & 1099511627775,
       min(CASE kind WHEN 1 THEN ((1 - is_primary) << 40) + id END) & 1099511627775,
       min(CASE kind WHEN 2 THEN ((1 - is_primary) << 40) + id END) & 1099511627775
FROM contact_points WHERE kind <= 2
GROUP BY customer_id;

CREATE TEMP TABLE list_tags (customer_id INTEGER PRIMARY KEY, bits INTEGER NOT NULL);
INSERT INTO list_tags (customer_id, bits)
SELECT customer_id, sum(1 << (tag_id - 1)) FROM customer_tags WHERE tag_id BETWEEN 1 AND 62
GROUP BY customer_id;

CREATE TEMP TABLE list_employers (person_id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL);
INSERT INTO list_employers (person_id, org_id)
SELECT r.from_id, r.to_id FROM relationships r
WHERE r.id IN (SELECT max(w.id) FROM relationships w
               JOIN customers p ON p.id = w.from_id AND p.kind = 0
               JOIN customers o ON o.id = w.to_id AND o.deleted_at IS NULL
               WHERE w.kind = 0 GROUP BY w.from_id);

CREATE TEMP TABLE list_cities (city TEXT PRIMARY KEY, key TEXT NOT NULL) WITHOUT ROWID;
INSERT INTO list_cities (city, key) SELECT city, key FROM customer_list_city_keys;

CREATE TEMP TABLE list_owners (id INTEGER PRIMARY KEY, name TEXT NOT NULL, key TEXT NOT NULL);
INSERT INTO list_owners (id, name, key) SELECT id, name, key FROM customer_list_owner;

INSERT INTO customer_list (id, live, kind, stage, owner_id, tag_bits, name, name_key, org_id,
                           org_name, org_key, owner_name, owner_key, phone, email, city, city_key,
                           last_contact_at, revenue_minor, revenue_currency, revenue_oldest_at)
SELECT c.id, c.deleted_at IS NULL, c.kind, c.stage, c.owner_id, coalesce(t.bits, 0), c.name,
       c.sort_name, o.id, coalesce(o.name, ''), coalesce(o.sort_name, ''), coalesce(u.name, ''),
       coalesce(u.key, ''), coalesce(ph.value, ''), coalesce(em.value, ''),
       coalesce(pa.city, ''), coalesce(ck.key, ''), coalesce(l.at, 0), coalesce(r.minor, 0),
       r.currency, r.oldest
FROM customers c
LEFT JOIN temp.list_tags t ON t.customer_id = c.id
LEFT JOIN temp.list_employers e ON e.person_id = c.id
LEFT JOIN customers o ON o.id = e.org_id
LEFT JOIN temp.list_owners u ON u.id = c.owner_id
LEFT JOIN temp.list_contacts x ON x.customer_id = c.id
LEFT JOIN contact_points ph ON ph.id = x.phone
LEFT JOIN contact_points em ON em.id = x.email
LEFT JOIN contact_points pa ON pa.id = x.postal
LEFT JOIN temp.list_cities ck ON ck.city = pa.city
LEFT JOIN temp.list_last l ON l.customer_id = c.id
LEFT JOIN temp.list_revenue r ON r.customer_id = c.id;

DROP TABLE temp.list_last;
DROP TABLE temp.list_revenue;
DROP TABLE temp.list_contacts;
DROP TABLE temp.list_tags;
DROP TABLE temp.list_employers;
DROP TABLE temp.list_cities;
DROP TABLE temp.list_owners;

INSERT INTO customer_list_counts (stage, kind, owner_id, tag_bits, n)
SELECT stage, kind, coalesce(owner_id, 0), tag_bits, count(*) FROM customer_list WHERE live = 1
GROUP BY stage, kind, coalesce(owner_id, 0), tag_bits;

-- ---- One index per order ---------------------------------------------------------------------
-- Columns that many customers share (kind, organisation, stage, owner, city) sort by name within
-- each value; the others by id. Each index ends with the filter columns, so a filtered scan
-- reads the index alone.

CREATE INDEX customer_list_by_name ON customer_list(name_key, id, stage, kind, owner_id,
                                                    tag_bits, live) WHERE live = 1;
CREATE INDEX customer_list_by_kind ON customer_list(kind, name_key, id, stage, owner_id,
                                                    tag_bits, live) WHERE live = 1;
CREATE INDEX customer_list_by_organisation ON customer_list(org_key, name_key, id, stage, kind,
                                                            owner_id, tag_bits, live)
    WHERE live = 1;
CREATE INDEX customer_list_by_stage ON customer_list(stage, name_key, id, kind, owner_id,
                                                     tag_bits, live) WHERE live = 1;
CREATE INDEX customer_list_by_owner ON customer_list(owner_key, name_key, id, stage, kind,
                                                     owner_id, tag_bits, live) WHERE live = 1;
CREATE INDEX customer_list_by_phone ON customer_list(phone, id, stage, kind, owner_id, tag_bits,
                                                     live) WHERE live = 1;
CREATE INDEX customer_list_by_email ON customer_list(email, id, stage, kind, owner_id, tag_bits,
                                                     live) WHERE live = 1;
CREATE INDEX customer_list_by_city ON customer_list(city_key, name_key, id, stage, kind,
                                                    owner_id, tag_bits, live) WHERE live = 1;
CREATE INDEX customer_list_by_last_contact ON customer_list(last_contact_at, id, stage, kind,
                                                            owner_id, tag_bits, live)
    WHERE live = 1;
CREATE INDEX customer_list_by_revenue ON customer_list(revenue_minor, id, stage, kind, owner_id,
                                                       tag_bits, live) WHERE live = 1;
-- The customers whose revenue changes when the window moves on (trash included).
CREATE INDEX customer_list_revenue_due ON customer_list(revenue_oldest_at)
    WHERE revenue_oldest_at IS NOT NULL;

-- ---- Keeping it in step ----------------------------------------------------------------------
-- A customer deleted for good takes its contact points, relationships and orders along (ON DELETE
-- CASCADE) before its own row here goes: the recomputations skip customers that are gone.

CREATE TRIGGER customers_list_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customer_list (id, live, kind, stage, owner_id, tag_bits, name, name_key, org_id,
                               org_name, org_key, owner_name, owner_key, phone, email, city,
                               city_key, last_contact_at, revenue_minor, revenue_currency,
                               revenue_oldest_at)
    SELECT id, live, kind, stage, owner_id, tag_bits, name, name_key, org_id, org_name, org_key,
           owner_name, owner_key, phone, email, city, city_key, last_contact_at, revenue_minor,
           revenue_currency, revenue_oldest_at
    FROM customer_list_source WHERE id = new.id;
END;

CREATE TRIGGER customers_list_update
AFTER UPDATE OF kind, name, sort_name, stage, owner_id, deleted_at ON customers BEGIN
    UPDATE customer_list
    SET (live, kind, stage, owner_id, name, name_key, org_id, org_name, org_key, owner_name,
         owner_key)
        = (SELECT live, kind, stage, owner_id, name, name_key, org_id, org_name, org_key,
                  owner_name, owner_key
           FROM customer_list_source WHERE id = new.id)
    WHERE id = new.id;
    -- The people who work at an organisation show its name.
    UPDATE customer_list
    SET (org_id, org_name, org_key) = (SELECT org_id, org_name, org_key
                                       FROM customer_list_organisation
                                       WHERE customer_id = customer_list.id)
    WHERE id IN (SELECT from_id FROM relationships WHERE to_id = new.id AND kind = 0);
END;

CREATE TRIGGER customers_list_delete AFTER DELETE ON customers BEGIN
    DELETE FROM customer_list WHERE id = old.id;
END;

CREATE TRIGGER contact_points_list_insert AFTER INSERT ON contact_points WHEN new.kind <= 2 BEGIN
    UPDATE customer_list
    SET (phone, email, city, city_key) = (SELECT phone, email, city, city_key
                                          FROM customer_list_contacts
                                          WHERE customer_id = new.customer_id)
    WHERE id = new.customer_id AND EXISTS (SELECT 1 FROM customers WHERE id = new.customer_id);
END;

CREATE TRIGGER contact_points_list_update AFTER UPDATE ON contact_points
WHEN old.kind <= 2 OR new.kind <= 2 BEGIN
    UPDATE customer_list
    SET (phone, email, city, city_key) = (SELECT phone, email, city, city_key
                                          FROM customer_list_contacts
                                          WHERE customer_id = customer_list.id)
    WHERE id IN (old.customer_id, new.customer_id)
      AND EXISTS (SELECT 1 FROM customers WHERE id = customer_list.id);
END;

CREATE TRIGGER contact_points_list_delete AFTER DELETE ON contact_points WHEN old.kind <= 2 BEGIN
    UPDATE customer_list
    SET (phone, email, city, city_key) = (SELECT phone, email, city, city_key
                                          FROM customer_list_contacts
                                          WHERE customer_id = old.customer_id)
    WHERE id = old.customer_id AND EXISTS (SELECT 1 FROM customers WHERE id = old.customer_id);
END;

CREATE TRIGGER relationships_list_insert AFTER INSERT ON relationships WHEN new.kind = 0 BEGIN
    UPDATE customer_list
    SET (org_id, org_name, org_key) = (SELECT org_id, org_name, org_key
                                       FROM customer_list_organisation
                                       WHERE customer_id = new.from_id)
    WHERE id = new.from_id AND EXISTS (SELECT 1 FROM customers WHERE id = new.from_id);
END;

CREATE TRIGGER relationships_list_update AFTER UPDATE ON relationships
WHEN old.kind = 0 OR new.kind = 0 BEGIN
    UPDATE customer_list
    SET (org_id, org_name, org_key) = (SELECT org_id, org_name, org_key
                                       FROM customer_list_organisation
                                       WHERE customer_id = customer_list.id)
    WHERE id IN (old.from_id, new.from_id)
      AND EXISTS (SELECT 1 FROM customers WHERE id = customer_list.id);
END;

CREATE TRIGGER relationships_list_delete AFTER DELETE ON relationships WHEN old.kind = 0 BEGIN
    UPDATE customer_list
    SET (org_id, org_name, org_key) = (SELECT org_id, org_name, org_key
                                       FROM customer_list_organisation
                                       WHERE customer_id = old.from_id)
    WHERE id = old.from_id AND EXISTS (SELECT 1 FROM customers WHERE id = old.from_id);
END;

CREATE TRIGGER users_list_update AFTER UPDATE OF display_name ON users BEGIN
    UPDATE customer_list
    SET (owner_name, owner_key) = (SELECT name, key FROM customer_list_owner WHERE id = new.id)
    WHERE id IN (SELECT id FROM customers WHERE owner_id = new.id);
END;

CREATE TRIGGER interactions_list_insert AFTER INSERT ON interactions BEGIN
    UPDATE customer_list SET last_contact_at = new.occurred_at
    WHERE id = new.customer_id AND last_contact_at < new.occurred_at;
END;

CREATE TRIGGER interactions_list_update AFTER UPDATE OF customer_id, occurred_at ON interactions
BEGIN
    UPDATE customer_list
    SET last_contact_at = coalesce((SELECT max(occurred_at) FROM interactions
                                    WHERE customer_id = customer_list.id), 0)
    WHERE id IN (old.customer_id, new.customer_id);
END;

-- Only the newest interaction's deletion changes the last contact.
CREATE TRIGGER interactions_list_delete AFTER DELETE ON interactions BEGIN
    UPDATE customer_list
    SET last_contact_at = coalesce((SELECT max(occurred_at) FROM interactions
                                    WHERE customer_id = old.customer_id), 0)
    WHERE id = old.customer_id AND last_contact_at <= old.occurred_at;
END;

CREATE TRIGGER orders_list_insert AFTER INSERT ON orders WHEN new.status = 1 BEGIN
    UPDATE customer_list
    SET (revenue_minor, revenue_currency, revenue_oldest_at)
        = (SELECT minor, currency, oldest FROM customer_list_revenue
           WHERE customer_id = new.customer_id)
    WHERE id = new.customer_id AND EXISTS (SELECT 1 FROM customers WHERE id = new.customer_id);
END;

CREATE TRIGGER orders_list_update
AFTER UPDATE OF customer_id, ordered_at, status, currency, total_minor ON orders BEGIN
    UPDATE customer_list
    SET (revenue_minor, revenue_currency, revenue_oldest_at)
        = (SELECT minor, currency, oldest FROM customer_list_revenue
           WHERE customer_id = customer_list.id)
    WHERE id IN (old.customer_id, new.customer_id)
      AND EXISTS (SELECT 1 FROM customers WHERE id = customer_list.id);
END;

CREATE TRIGGER orders_list_delete AFTER DELETE ON orders WHEN old.status = 1 BEGIN
    UPDATE customer_list
    SET (revenue_minor, revenue_currency, revenue_oldest_at)
        = (SELECT minor, currency, oldest FROM customer_list_revenue
           WHERE customer_id = old.customer_id)
    WHERE id = old.customer_id AND EXISTS (SELECT 1 FROM customers WHERE id = old.customer_id);
END;

CREATE TRIGGER customer_tags_list_insert AFTER INSERT ON customer_tags
WHEN new.tag_id BETWEEN 1 AND 62 BEGIN
    UPDATE customer_list SET tag_bits = tag_bits | (1 << (new.tag_id - 1))
    WHERE id = new.customer_id;
END;

CREATE TRIGGER customer_tags_list_delete AFTER DELETE ON customer_tags
WHEN old.tag_id BETWEEN 1 AND 62 BEGIN
    UPDATE customer_list SET tag_bits = tag_bits & ~(1 << (old.tag_id - 1))
    WHERE id = old.customer_id;
END;

CREATE TRIGGER customer_tags_list_update AFTER UPDATE ON customer_tags BEGIN
    UPDATE customer_list
    SET tag_bits = coalesce((SELECT sum(1 << (tag_id - 1)) FROM customer_tags
                             WHERE customer_id = customer_list.id AND tag_id BETWEEN 1 AND 62), 0)
    WHERE id IN (old.customer_id, new.customer_id);
END;

CREATE TRIGGER customer_list_count_insert AFTER INSERT ON customer_list WHEN new.live = 1 BEGIN
    INSERT INTO customer_list_counts (stage, kind, owner_id, tag_bits, n)
    VALUES (new.stage, new.kind, coalesce(new.owner_id, 0), new.tag_bits, 1)
    ON CONFLICT (stage, kind, owner_id, tag_bits) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER customer_list_count_update
AFTER UPDATE OF live, stage, kind, owner_id, tag_bits ON customer_list BEGIN
    UPDATE customer_list_counts SET n = n - 1
    WHERE old.live = 1 AND stage = old.stage AND kind = old.kind
      AND owner_id = coalesce(old.owner_id, 0) AND tag_bits = old.tag_bits;
    DELETE FROM customer_list_counts
    WHERE n <= 0 AND stage = old.stage AND kind = old.kind
      AND owner_id = coalesce(old.owner_id, 0) AND tag_bits = old.tag_bits;
    INSERT INTO customer_list_counts (stage, kind, owner_id, tag_bits, n)
    SELECT new.stage, new.kind, coalesce(new.owner_id, 0), new.tag_bits, 1 WHERE new.live = 1
    ON CONFLICT (stage, kind, owner_id, tag_bits) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER customer_list_count_delete AFTER DELETE ON customer_list WHEN old.live = 1 BEGIN
    UPDATE customer_list_counts SET n = n - 1
    WHERE stage = old.stage AND kind = old.kind AND owner_id = coalesce(old.owner_id, 0)
      AND tag_bits = old.tag_bits;
    DELETE FROM customer_list_counts
    WHERE n <= 0 AND stage = old.stage AND kind = old.kind
      AND owner_id = coalesce(old.owner_id, 0) AND tag_bits = old.tag_bits;
END;

-- ---- Search: people are found by their organisation's name too ---------------------------------

DROP VIEW customer_search_source;
CREATE VIEW customer_search_source AS
SELECT c.id AS id,
       CASE c.kind WHEN 0 THEN c.name ELSE '' END AS name,
       CASE c.kind WHEN 1 THEN c.name
       ELSE coalesce((SELECT group_concat(o.name, ' ') FROM relationships r
                      JOIN customers o ON o.id = r.to_id AND o.deleted_at IS NULL
                      WHERE r.from_id = c.id AND r.kind = 0), '') END AS organisation,
       coalesce((SELECT group_concat(value, ' ') FROM contact_points
                 WHERE customer_id = c.id AND kind = 1), '') AS email,
       coalesce((SELECT group_concat(substr(value, 2), ' ') FROM contact_points
                 WHERE customer_id = c.id AND kind = 0), '') AS phone,
       coalesce((SELECT group_concat(city, ' ') FROM contact_points
                 WHERE customer_id = c.id AND kind = 2 AND city IS NOT NULL), '') AS city
FROM customers c
WHERE c.deleted_at IS NULL;

DELETE FROM customer_search
WHERE rowid IN (SELECT from_id FROM relationships WHERE kind = 0);
INSERT INTO customer_search (rowid, name, organisation, email, phone, city)
SELECT id, name, organisation, email, phone, city FROM customer_search_source
WHERE id IN (SELECT from_id FROM relationships WHERE kind = 0);

CREATE TRIGGER relationships_search_insert AFTER INSERT ON relationships WHEN new.kind = 0 BEGIN
    DELETE FROM customer_search WHERE rowid = new.from_id;
    INSERT INTO customer_search (rowid, name, organisation, email, phone, city)
    SELECT id, name, organisation, email, phone, city FROM customer_search_source
    WHERE id = new.from_id;
END;

CREATE TRIGGER relationships_search_update AFTER UPDATE ON relationships
WHEN old.kind = 0 OR new.kind = 0 BEGIN
    DELETE FROM customer_search WHERE rowid IN (old.from_id, new.from_id);
    INSERT INTO customer_search (rowid, name, organisation, email, phone, city)
    SELECT id, name, organisation, email, phone, city FROM customer_search_source
    WHERE id IN (old.from_id, new.from_id);
END;

CREATE TRIGGER relationships_search_delete AFTER DELETE ON relationships WHEN old.kind = 0 BEGIN
    DELETE FROM customer_search WHERE rowid = old.from_id;
    INSERT INTO customer_search (rowid, name, organisation, email, phone, city)
    SELECT id, name, organisation, email, phone, city FROM customer_search_source
    WHERE id = old.from_id;
END;

-- Renaming an organisation, or moving it to the trash and back, changes what finds its people.
CREATE TRIGGER customers_search_staff AFTER UPDATE OF kind, name, deleted_at ON customers BEGIN
    DELETE FROM customer_search
    WHERE rowid IN (SELECT from_id FROM relationships WHERE to_id = new.id AND kind = 0);
    INSERT INTO customer_search (rowid, name, organisation, email, phone, city)
    SELECT id, name, organisation, email, phone, city FROM customer_search_source
    WHERE id IN (SELECT from_id FROM relationships WHERE to_id = new.id AND kind = 0);
END;
