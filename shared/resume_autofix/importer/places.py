"""Places a title line names ("San Francisco, CA", "Remote / New York, New York", "Dubai | VAE", "東京都千代田区"),
and the words that tell them: countries, states and large towns in the languages résumés are written in."""

from __future__ import annotations

import re

from .roles import any_role, institution_score, job_score

#: how a job was held, written where its place is ("London, UK · Remote", "USA | Remote")
WORK_MODES = r"remote|hybrid|on-?site|remoto|híbrido|hibrido|presencial|télétravail|远程|遠端|リモート|원격"
_COUNTRIES = (
    "USA|U\\.S\\.A?\\.?|United States|UK|U\\.K\\.|United Kingdom|England|Scotland|Germany|Deutschland|"
    "France|Spain|España|"
    "Italy|Italia|Netherlands|Nederland|Canada|India|Japan|Brazil|Brasil|Portugal|Australia|Switzerland|Schweiz|"
    "Austria|Österreich|Ireland|Poland|Sweden|Russia|Korea|South Korea|China|Singapore|Mexico|México|Argentina|"
    "Belgium|Denmark|Norway|Finland|Israel|Turkey|Greece|Czech Republic|Romania|Ukraine|New Zealand|Chile|Colombia|"
    "Türkiye|S\\. ?Korea|Republic of Korea|Taiwan|Hong Kong|Vietnam|Indonesia|Philippines|Pakistan|Egypt|Nigeria|"
    "Kenya|South Africa|UAE|United Arab Emirates|Malaysia|Thailand|Hungary|Luxembourg|Estonia|Croatia|Peru|"
    "PRC|P\\.R\\. ?China|"
    "EUA|EE\\.? ?UU\\.?|Estados Unidos|États-Unis|Etats-Unis|Alemania|Francia|Reino Unido|Brasil|Suiza|Suisse|"
    "Iran|Iraq|Saudi Arabia|Qatar|Kuwait|Jordan|Lebanon|Morocco|Tunisia|Algeria|Ghana|Ethiopia|Bangladesh|Sri Lanka|"
    "Nepal|Serbia|Bulgaria|Slovakia|Slovenia|Lithuania|Latvia|Iceland|Cyprus|Malta|Venezuela|Ecuador|Uruguay|"
    "Paraguay|Bolivia|Costa Rica|Panama|Guatemala|Cuba|Kazakhstan|Uzbekistan|Armenia|Azerbaijan|Belarus|Moldova|"
    # the countries' own names, where they differ
    "Polska|Česko|Česká republika|Slovensko|Magyarország|România|Suomi|Sverige|Norge|Danmark|België|Belgique|"
    "Hrvatska|Srbija|Eesti|Lietuva|Latvija|Ísland|Perú|Panamá|Ελλάδα|Κύπρος|Россия|Україна|Беларусь|Казахстан|"
    "България|Србија|中国|日本|대한민국|한국|台灣|ישראל|مصر|السعودية|ایران|"
    # German, French and Spanish names of other countries
    "Saudi-Arabien|VAE|Vereinigte Arabische Emirate|Katar|Ägypten|Indien|Niederlande|Schweden|Spanien|Frankreich|"
    "Italien|Vereinigte Staaten|Großbritannien|Russland|Türkei|Polen|Tschechien|Belgien|Dänemark|Norwegen|"
    "Finnland|Griechenland|Kanada|Allemagne|Espagne|Italie|Royaume-Uni|Pays-Bas|Maroc|Tunisie|Algérie|Sénégal|"
    "Países Bajos|Arabie saoudite|Émirats arabes unis|"
    # more of the world's countries
    "Haiti|Jamaica|Dominican Republic|Puerto Rico|Honduras|El Salvador|Nicaragua|Cambodia|Laos|Myanmar|Mongolia|"
    "Afghanistan|Syria|Yemen|Oman|Bahrain|Libya|Sudan|Uganda|Tanzania|Rwanda|Zambia|Zimbabwe|Mozambique|Angola|"
    "Cameroon|Senegal|Ivory Coast|Madagascar|Botswana|Namibia|Malawi|Albania|Bosnia and Herzegovina|North Macedonia|"
    "Montenegro|Kosovo|Fiji|Papua New Guinea"
)
_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
    "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|"
    "Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|"
    "Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|"
    "Virginia|Washington|West Virginia|Wisconsin|Wyoming|"
    # India's states, after a town as its résumés write them ("Warangal, Telangana")
    "Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|Jharkhand|"
    "Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha|Rajasthan|Sikkim|"
    "Tamil Nadu|Telangana|Tripura|Uttar Pradesh|Uttarakhand|West Bengal"
)
#: large cities and tech hubs, which a résumé often names alone ("Seoul - (2025. 03 - 2025.10)", "Berlin")
_CITIES = (
    "London|Paris|Berlin|Munich|München|Hamburg|Frankfurt|Cologne|Köln|Stuttgart|Vienna|Wien|Zurich|Zürich|Geneva|"
    "Genève|Amsterdam|Rotterdam|Brussels|Bruxelles|Madrid|Barcelona|Lisbon|Lisboa|Rome|Roma|Milan|Milano|Dublin|"
    "Stockholm|Copenhagen|København|Oslo|Helsinki|Warsaw|Warszawa|Kraków|Krakow|Prague|Praha|Budapest|Bucharest|"
    "Athens|Istanbul|Moscow|Kyiv|Kiev|Tel Aviv|Dubai|Cairo|Lagos|Nairobi|Johannesburg|Cape Town|Mumbai|Bangalore|"
    "Bengaluru|New Delhi|Delhi|Hyderabad|Chennai|Pune|Karachi|Lahore|Dhaka|Kuala Lumpur|Jakarta|Bangkok|Manila|"
    "Hanoi|Ho Chi Minh City|Taipei|Shanghai|Beijing|Shenzhen|Guangzhou|Hangzhou|Tokyo|Osaka|Kyoto|Seoul|Busan|"
    "Sydney|Melbourne|Auckland|Toronto|Vancouver|Montreal|Montréal|Ottawa|Mexico City|São Paulo|Sao Paulo|"
    "Rio de Janeiro|Buenos Aires|Bogotá|Lima|New York City|NYC|San Francisco|Los Angeles|Seattle|Boston|Chicago|"
    "Silicon Valley|Bay Area|Palo Alto|Mountain View|Redmond|Edinburgh|Manchester|"
    # more of Europe's and North America's large towns (Oxford, Cambridge and Waterloo are universities' names too)
    "Marseille|Lyon|Toulouse|Nice|Nantes|Strasbourg|Montpellier|Bordeaux|Lille|Rennes|Grenoble|Düsseldorf|Dresden|"
    "Leipzig|Hannover|Nürnberg|Nuremberg|Bremen|Essen|Dortmund|Karlsruhe|Utrecht|Den Haag|The Hague|Eindhoven|"
    "Groningen|Antwerp|Antwerpen|Gent|Ghent|Liège|Turin|Torino|Naples|Napoli|Florence|Firenze|Bologna|Valencia|"
    "Seville|Sevilla|Bilbao|Málaga|Porto|Wrocław|Gdańsk|Poznań|Łódź|Graz|Linz|Salzburg|Basel|Bern|Lausanne|"
    "Gothenburg|Göteborg|Malmö|Aarhus|Bergen|Tampere|Espoo|Birmingham|Glasgow|Leeds|Bristol|Austin|Denver|Atlanta|"
    "Dallas|Houston|Miami|Philadelphia|San Diego|San Jose|Pittsburgh|Minneapolis|Calgary|Edmonton|Québec|"
    "Москва|Санкт-Петербург|Екатеринбург|Новосибирск|Казань|Нижний Новгород|Самара|Минск|Київ|Киев|Харків|"
    "Харьков|Львів|Алматы|Ташкент|Тбилиси|"
    "北京|上海|深圳|杭州|广州|廣州|成都|南京|武汉|武漢|西安|台北|香港|東京|大阪|서울|부산|"
    "哈尔滨|天津|重庆|苏州|长沙|郑州|济南|青岛|沈阳|大连|合肥|厦门|福州|昆明|长春|南昌|太原|石家庄|兰州|贵阳|南宁|"
    "宁波|无锡|珠海|东莞|佛山|威海|"
    # the Middle East's and North Africa's, in their own scripts and in Latin letters
    "Tehran|Mashhad|Isfahan|Shiraz|Tabriz|Karaj|Riyadh|Jeddah|Doha|Abu Dhabi|Amman|Beirut|Baghdad|Ankara|Izmir|"
    "İzmir|Casablanca|Rabat|Tunis|Algiers|Alexandria|"
    "تهران|مشهد|اصفهان|شیراز|تبریز|کرج|قم|اهواز|رشت|کرمان|یزد|القاهرة|الرياض|جدة|دبي|أبوظبي|الدوحة|بيروت|"
    "بغداد|دمشق|الدار البيضاء|الإسكندرية|תל אביב|ירושלים|חיפה"
)
#: a state in brackets after a place, a degree or dates ("(In Progress)", "(expected)"): no name
STATUS_WORDS = (
    "in progress|ongoing|expected|current|pending|incomplete|not completed|not finished|completed|forthcoming|"
    "laufend|en cours|en poste|en curso|in corso|"
    "em andamento"
)
#: Brazil's states' codes, written after a town and a dash or a slash ("Santos/SP")
_BR_STATES = "AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO"
_TOWN_STATE = (
    r"(?!.*\b(?:university|college|school|institute|engineer|developer|manager|analyst|inc|ltd|corp)\b)"
    r"[^\W\d_][\w .'’]{1,40}(?:\s[–—-]\s|/)(?-i:" + _BR_STATES + r")(?:,\s*(?:" + _COUNTRIES + r"))?"
)
#: a town, a dash and its state's code: one place, though a dash stands in it
TOWN_STATE = re.compile(_TOWN_STATE, re.IGNORECASE)
LOCATION = re.compile(
    # a town, a dash and its state's code, as Brazil writes them ("Santa Cruz do Sul – RS, Brazil", "São Paulo - SP")
    r"^(?:" + _TOWN_STATE + r"$|"
    r"(?:(?:remote|hybrid|remoto|híbrido|hibrido|télétravail)\s*[/–—-]\s*)?"  # "Remote / New York, New York"
    r"(?!.*\s[-–—]\s)"  # a place holds no spaced dash: "Mediadesign Hochschule - Düsseldorf, Germany" is a name first
    r"(?:remote|hybrid|on-?site|remoto|télétravail|远程|遠端|リモート|원격|(?:[^\W\d_][\w .'’-]{1,40},\s*)?(?:"
    + _COUNTRIES
    + r"|"
    + _STATES
    + r")(?:(?:,\s*|\s+)(?:"  # "West Lafayette, Indiana USA": the country after its state, with no comma
    + _COUNTRIES
    + r"))?"
    r"|[^\W\d_][\w .'’-]{1,40},\s*[A-Z]{2}(?:,\s*(?:[A-Z]{2,3}|" + _COUNTRIES + r"))?"
    r"|(?:" + _CITIES + r")"
    # a French or Swiss town of joined words ("Bagnols-sur-Cèze", "Boulogne-sur-Mer", "Plan-les-Ouates")
    r"|[^\W\d_][^\W\d_']+(?:-(?:sur|sous|en|lès|les|le|la|de|du|aux|au)-[^\W\d_][^\W\d_'-]*)+"
    r"|(?:city|town)(?:,\s*(?:country|county|state|province|region)){1,2}"  # a placeholder: "City, Country"
    r"|(?:city|ort|stadt|ville|ciudad|cidade|città)"  # and alone: "Firma 2 (Ort)", "University (City)"
    r"|(?:東京都|北海道|京都府|大阪府|[^\W\d_]{2,3}県)[^\W\d_]{1,6}[区市町村])"  # "東京都千代田区"
    # "(Remote)"; a status after the place ("Bellevue, NE (In Progress)") is no part of a title either
    r"(?:\s*\((?:remote|hybrid|" + STATUS_WORDS + r")\))?"
    # how the job was held after a middle dot or a bar ("London, UK · Remote", "USA | Remote")
    r"(?:\s*[·•|]\s*(?:" + WORK_MODES + r"))?$)",
    re.IGNORECASE,
)
LOCATION_TAIL = re.compile(
    # "Some Big Corp in Paris, France": after "in", only a town and its country or state
    # (each run of spaces tried from its start only: from every space of a long run the search took quadratic time)
    r"(?:(?<!\s)\s+[-–—|/]\s+|,\s+(?=[^,]+,[^,]+$)|(?<!\s)\s+in\s+(?=[^,]{1,60},[^,]{1,60}$))(?P<place>[^–—|/]+(?:/[A-Z]{2})?)$"
)


#: a name and what its last brackets hold ("Acme Corp (Berlin, Germany)"): a place where that is one
BRACKET_PLACE = re.compile(r"^(?P<head>.*\S)\s*\((?P<place>[^()]+)\)$")
#: a state's or country's university system before its campus ("University of California, Los Angeles"): one name
CAMPUS = re.compile(
    r"(?i)\b(?:university|universidad|universidade|universit[äé]t?) of (?:" + _STATES + r"|" + _COUNTRIES + r")$"
    # and the institutes a country runs in many towns, each campus named by its town ("Indian Institute of
    # Technology, Bombay", "National Institute of Technology, Trichy", "Amity University, Noida")
    r"|\b(?:indian institute of (?:technology|management|science education and research|information technology)|"
    r"national institute of technology|birla institute of technology(?: (?:and|&) science)?|amity university)$"
)


def place_tail(text: str) -> tuple[str, str] | None:
    """(what comes before, the place) when ``text`` ends in a place after a dash, bar or comma ("Nexus AI – San
    Francisco, CA", "University B, Los Angeles, USA"); ``None`` otherwise."""
    tail = LOCATION_TAIL.search(text)
    if tail and LOCATION.match(place := tail.group("place")) and not _school_named(place.split(",")[0]):
        head, _, last = place.rpartition(", ")
        dashed = not tail.group().lstrip().startswith(",")
        school = text[: tail.start()]
        if dashed and head and _person(head, school) and institution_score(school) > 0 and LOCATION.match(last):
            return text[: len(text) - len(last)].rstrip(", "), last  # "Université Toulouse III – Paul Sabatier, France"
        return _town_before_country(text[: tail.start()], place, tail.group())
    return None


_COUNTRY = re.compile(rf"(?i)(?:{_COUNTRIES})")
#: a state or a country alone after a name's last comma ("National Institute of Technology Warangal, Telangana")
REGION_TAIL = re.compile(rf",\s+(?P<place>(?:{_STATES}|{_COUNTRIES}))$")


def _town_before_country(head: str, place: str, separator: str) -> tuple[str, str]:
    """ "Dubai Internet City | Dubai | VAE": the town set apart before the country by the same bar is the place's."""
    bar = separator.strip()[:1]
    country = bar in "|–—-" and _COUNTRY.fullmatch(place.strip()) is not None  # a country alone, no town in it
    before, sep, town = head.rpartition(f" {bar} ") if country else ("", "", "")
    after_role = job_score(before.rpartition(f" {bar} ")[2]) > 0  # "Software Engineer | Google | USA": the employer
    if (
        sep
        and before.strip()
        and 1 <= len(town.split()) <= 3
        and not any_role(town)
        and town[:1].isupper()
        and (not after_role or LOCATION.match(town))
    ):
        return before, f"{town}{sep}{place}"
    return head, place


#: a school's name that ends in its number ("Toulouse III", "Paris 1", "Lyon 2")
_NUMBERED = re.compile(r"\s(?:[IVX]{1,4}|\d{1,2})$")


def _person(text: str, school: str) -> bool:
    """Two or three capitalised words that name no place, field, degree, role or school, after a school's name that
    ends in its number ("Université Toulouse III – Paul Sabatier"): the person it is named for; not its campus's
    town ("Santa Clara University – Santa Clara", "New York University – Abu Dhabi")."""
    words = text.split()
    return (
        2 <= len(words) <= 3
        and _NUMBERED.search(school) is not None
        and not set(words) & set(school.split())
        and all(w[:1].isupper() and w[1:].islower() for w in words)
        and not LOCATION.match(text)
        and not any_role(text)
    )


def _school_named(text: str) -> bool:
    """A school's name of three words or more before its state ("Massachusetts Institute of Technology, MA"): no
    place, where "College Station, TX" is one."""
    return len(text.split()) >= 3 and institution_score(text) > 0
