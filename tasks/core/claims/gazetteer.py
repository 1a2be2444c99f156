"""Names of countries, their demonyms, capital metonyms, media and international bodies.

Country names come from pycountry (ISO 3166-1); only what ISO does not carry is listed here:
everyday short names, seats of government used as metonyms; the demonyms that no rule derives are
data (data/demonyms.tsv, read through lexicon).
"""
from __future__ import annotations

import pycountry

from .lexicon import demonym_rows

# Everyday names news copy uses where ISO has a formal one; also display names for claimants.
_COMMON = {
    "RU": "Russia", "IR": "Iran", "US": "United States", "GB": "United Kingdom", "TR": "Turkey",
    "SY": "Syria", "KR": "South Korea", "KP": "North Korea", "VN": "Vietnam", "TW": "Taiwan",
    "PS": "Palestine", "MD": "Moldova", "TZ": "Tanzania", "VE": "Venezuela", "BO": "Bolivia",
    "CZ": "Czech Republic", "CD": "DR Congo", "CI": "Ivory Coast", "LA": "Laos", "MK": "North Macedonia",
    "FM": "Micronesia", "BN": "Brunei", "CV": "Cape Verde", "SZ": "Eswatini", "VA": "Vatican",
}
_ALIASES = {
    "US": ["U.S.", "USA", "U.S.A.", "America", "United States of America", "the US", "The US", "US", "the United States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales"],
    "TR": ["Türkiye", "Turkiye"], "CZ": ["Czechia"], "CD": ["Democratic Republic of Congo", "Democratic Republic of the Congo", "DRC"],
    "CG": ["Republic of Congo"], "KP": ["DPRK"], "AE": ["UAE", "Emirates"], "PS": ["Gaza", "West Bank", "Palestinian territories"],
    "NL": ["Holland", "the Netherlands"], "PH": ["the Philippines"], "MM": ["Burma"], "XK": ["Kosovo"],
    "VA": ["Holy See"], "EU": ["European Union", "EU", "E.U."], "SA": ["Saudi"],
}
# Seats of government and buildings that stand for a country or the EU in news copy.
CAPITALS = {
    "Kyiv": "UA", "Kiev": "UA", "Moscow": "RU", "the Kremlin": "RU", "Kremlin": "RU", "Washington": "US",
    "the White House": "US", "White House": "US", "Beijing": "CN", "Tehran": "IR", "Jerusalem": "IL",
    "Ankara": "TR", "Baku": "AZ", "Yerevan": "AM", "Brussels": "EU", "London": "GB", "Downing Street": "GB",
    "Paris": "FR", "the Elysee": "FR", "Élysée": "FR", "Berlin": "DE", "Tokyo": "JP", "Seoul": "KR",
    "Pyongyang": "KP", "Damascus": "SY", "Baghdad": "IQ", "Kabul": "AF", "Islamabad": "PK", "New Delhi": "IN",
    "Delhi": "IN", "Riyadh": "SA", "Cairo": "EG", "Tbilisi": "GE", "Minsk": "BY", "Warsaw": "PL", "Rome": "IT",
    "Madrid": "ES", "Taipei": "TW", "Ramallah": "PS", "Caracas": "VE", "Havana": "CU", "Ottawa": "CA",
    "Canberra": "AU", "Pretoria": "ZA", "Nairobi": "KE", "Addis Ababa": "ET", "Khartoum": "SD", "Tripoli": "LY",
    "Beirut": "LB", "Amman": "JO", "Doha": "QA", "Abu Dhabi": "AE", "Budapest": "HU", "Belgrade": "RS",
    "Pristina": "XK", "Chisinau": "MD", "Bucharest": "RO", "Stockholm": "SE", "Helsinki": "FI", "Oslo": "NO",
    "Athens": "GR", "Nicosia": "CY", "Vienna": "AT", "Prague": "CZ", "Vilnius": "LT", "Riga": "LV", "Tallinn": "EE",
    "Bogota": "CO", "Mexico City": "MX", "Brasilia": "BR", "Buenos Aires": "AR", "Manila": "PH", "Jakarta": "ID",
    "Hanoi": "VN", "Bangkok": "TH", "Naypyidaw": "MM", "Dhaka": "BD", "Colombo": "LK", "Kathmandu": "NP",
    "Pentagon": "US", "the Pentagon": "US", "Capitol Hill": "US", "Whitehall": "GB", "Quai d'Orsay": "FR",
    "Zhongnanhai": "CN", "Astana": "KZ", "Tashkent": "UZ", "Bishkek": "KG", "Dushanbe": "TJ", "Ashgabat": "TM",
}
# News agencies and media: surface -> canonical name.
MEDIA = {
    "AFP": "AFP", "Agence France-Presse": "AFP", "Agence France Presse": "AFP", "Reuters": "Reuters",
    "AP": "Associated Press", "Associated Press": "Associated Press", "The Associated Press": "Associated Press",
    "TASS": "TASS", "Tass": "TASS", "RIA Novosti": "RIA Novosti", "Interfax": "Interfax", "Xinhua": "Xinhua",
    "Anadolu": "Anadolu Agency", "Anadolu Agency": "Anadolu Agency", "BBC": "BBC", "CNN": "CNN",
    "Al Jazeera": "Al Jazeera", "PAP": "Polish Press Agency", "Polish Press Agency": "Polish Press Agency",
    "PA": "Polish Press Agency", "dpa": "dpa", "DPA": "dpa", "EFE": "EFE", "ANSA": "ANSA", "Bloomberg": "Bloomberg",
    "The New York Times": "The New York Times", "New York Times": "The New York Times",
    "The Washington Post": "The Washington Post", "Washington Post": "The Washington Post",
    "The Wall Street Journal": "The Wall Street Journal", "Wall Street Journal": "The Wall Street Journal",
    "The Guardian": "The Guardian", "Politico": "Politico", "Axios": "Axios", "NBC News": "NBC News",
    "CBS News": "CBS News", "ABC News": "ABC News", "Fox News": "Fox News", "Sky News": "Sky News",
    "IRNA": "IRNA", "KCNA": "KCNA", "Yonhap": "Yonhap", "Kyodo": "Kyodo", "APA": "APA", "Armenpress": "Armenpress",
    "Ukrinform": "Ukrinform", "RIA": "RIA Novosti", "Sputnik": "Sputnik", "RT": "RT", "WAFA": "WAFA",
}
# International organisations: surface -> (canonical name, country code or None).
ORGS = {
    "UN": ("United Nations", None), "U.N.": ("United Nations", None), "United Nations": ("United Nations", None),
    "UN refugee agency": ("UNHCR", None), "UNHCR": ("UNHCR", None), "UNICEF": ("UNICEF", None),
    "WHO": ("World Health Organization", None), "World Health Organization": ("World Health Organization", None),
    "NATO": ("NATO", None), "Nato": ("NATO", None), "OSCE": ("OSCE", None), "IAEA": ("IAEA", None),
    "CSTO": ("CSTO", None), "Red Cross": ("International Committee of the Red Cross", None),
    "ICRC": ("International Committee of the Red Cross", None),
    "International Committee of the Red Cross": ("International Committee of the Red Cross", None),
    "Amnesty International": ("Amnesty International", None), "Human Rights Watch": ("Human Rights Watch", None),
    "European Commission": ("European Commission", "EU"), "European Council": ("European Council", "EU"),
    "European Parliament": ("European Parliament", "EU"), "UN Security Council": ("UN Security Council", None),
    "Security Council": ("UN Security Council", None), "State Department": ("Department of State of United States", "US"),
    "Foreign Office": ("Foreign Office of United Kingdom", "GB"), "Hamas": ("Hamas", "PS"), "Hezbollah": ("Hezbollah", "LB"),
    "Taliban": ("Taliban", "AF"), "IMF": ("IMF", None), "World Bank": ("World Bank", None), "WFP": ("WFP", None),
    "UN human rights office": ("OHCHR", None), "OCHA": ("OCHA", None), "Doctors Without Borders": ("MSF", None),
    "MSF": ("MSF", None), "UNRWA": ("UNRWA", None), "IDF": ("Israel Defense Forces", "IL"),
    "Israel Defense Forces": ("Israel Defense Forces", "IL"), "IRGC": ("Islamic Revolutionary Guard Corps", "IR"),
    "Revolutionary Guards": ("Islamic Revolutionary Guard Corps", "IR"), "SBU": ("Security Service of Ukraine", "UA"),
    "FSB": ("Federal Security Service of Russia", "RU"), "RSF": ("Rapid Support Forces", "SD"),
    "Rapid Support Forces": ("Rapid Support Forces", "SD"), "Houthis": ("Houthis", "YE"), "Wagner": ("Wagner Group", "RU"),
    "Wagner Group": ("Wagner Group", "RU"), "PKK": ("PKK", None), "Islamic State": ("Islamic State", None),
    "ISIS": ("Islamic State", None), "Syrian Observatory for Human Rights": ("Syrian Observatory for Human Rights", "SY"),
    # National agencies that news copy names without their country (mostly US wire copy).
    "CBP": ("U.S. Customs and Border Protection", "US"), "Customs and Border Protection": ("U.S. Customs and Border Protection", "US"),
    "Border Patrol": ("U.S. Border Patrol", "US"), "ICE": ("U.S. Immigration and Customs Enforcement", "US"),
    "Immigration and Customs Enforcement": ("U.S. Immigration and Customs Enforcement", "US"),
    "DHS": ("U.S. Department of Homeland Security", "US"), "Homeland Security": ("U.S. Department of Homeland Security", "US"),
    "Department of Homeland Security": ("U.S. Department of Homeland Security", "US"),
    "Homeland Security Department": ("U.S. Department of Homeland Security", "US"),
    "FBI": ("FBI", "US"), "CIA": ("CIA", "US"), "NSA": ("NSA", "US"), "FEMA": ("FEMA", "US"),
    "CDC": ("Centers for Disease Control and Prevention", "US"),
    "Centers for Disease Control": ("Centers for Disease Control and Prevention", "US"),
    "Centers for Disease Control and Prevention": ("Centers for Disease Control and Prevention", "US"),
    "Justice Department": ("U.S. Department of Justice", "US"), "Department of Justice": ("U.S. Department of Justice", "US"),
    "Defense Department": ("U.S. Department of Defense", "US"), "Department of Defense": ("U.S. Department of Defense", "US"),
    "Joint Chiefs of Staff": ("Joint Chiefs of Staff", "US"), "Home Office": ("Home Office", "GB"),
    "Scotland Yard": ("Metropolitan Police", "GB"), "Metropolitan Police": ("Metropolitan Police", "GB"),
    "MI5": ("MI5", "GB"), "MI6": ("MI6", "GB"), "Bundeswehr": ("Bundeswehr", "DE"), "Mossad": ("Mossad", "IL"),
    "Shin Bet": ("Shin Bet", "IL"),
}
# Well-known office holders, so "President Emmanuel Macron" resolves without a demonym in the text.
PEOPLE = {
    "Emmanuel Macron": "FR", "Vladimir Putin": "RU", "Joe Biden": "US", "Donald Trump": "US", "Kamala Harris": "US",
    "Volodymyr Zelensky": "UA", "Volodymyr Zelenskyy": "UA", "Recep Tayyip Erdogan": "TR", "Ilham Aliyev": "AZ",
    "Nikol Pashinyan": "AM", "Xi Jinping": "CN", "Antony Blinken": "US", "Josep Borrell": "EU", "Charles Michel": "EU",
    "Ursula von der Leyen": "EU", "Antonio Guterres": "", "Benjamin Netanyahu": "IL", "Olaf Scholz": "DE",
    "Rishi Sunak": "GB", "Keir Starmer": "GB", "Boris Johnson": "GB", "Narendra Modi": "IN", "Sergei Lavrov": "RU",
    "Sergey Lavrov": "RU", "Dmitry Peskov": "RU", "Mevlut Cavusoglu": "TR", "Jeyhun Bayramov": "AZ",
    "Ararat Mirzoyan": "AM", "Angela Merkel": "DE", "Giorgia Meloni": "IT", "Justin Trudeau": "CA", "Fumio Kishida": "JP",
    "Ebrahim Raisi": "IR", "Ali Khamenei": "IR", "Bashar al-Assad": "SY", "Kim Jong Un": "KP", "Kim Jong-un": "KP",
    "Mohammed bin Salman": "SA", "Jens Stoltenberg": "", "Mark Rutte": "NL", "Pedro Sanchez": "ES",
    "Viktor Orban": "HU", "Andrzej Duda": "PL", "Alexander Lukashenko": "BY", "Mahmoud Abbas": "PS", "Yoav Gallant": "IL",
    "Sergei Shoigu": "RU", "Dmitry Medvedev": "RU", "Maria Zakharova": "RU", "Lloyd Austin": "US", "Hakan Fidan": "TR",
    "Leo Varadkar": "IE", "Micheal Martin": "IE", "Micheál Martin": "IE", "Abdel Fattah el-Sisi": "EG",
    "Abdel Fattah al-Sisi": "EG", "Shehbaz Sharif": "PK", "Imran Khan": "PK", "Cyril Ramaphosa": "ZA",
    "Luiz Inacio Lula da Silva": "BR", "Javier Milei": "AR", "Yoon Suk Yeol": "KR", "Isaac Herzog": "IL",
    "Anthony Albanese": "AU", "Rodrigo Duterte": "PH", "Ferdinand Marcos Jr.": "PH",
}


# ISO names that are more often something else in English copy (a state, a first name, a bird).
_AMBIGUOUS = {"Jersey", "Chad", "Guinea", "Niger", "Dominica", "Georgia", "Man"}


def _derive(name: str) -> set[str]:
    """Regular English demonyms: Armenia -> Armenian, Azerbaijan -> Azerbaijani, Ukraine -> Ukrainian."""
    out = set()
    if name.endswith("ia") or name.endswith("a"):
        out.add(name + "n")
    if name.endswith("stan") or name.endswith("an") and not name.endswith("ian"):
        out.add(name + "i")
    if name.endswith("e"):
        out.add(name[:-1] + "ian")
    return out


def _build() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    display: dict[str, str] = {"EU": "European Union", "XK": "Kosovo"}
    for c in pycountry.countries:
        code = c.alpha_2
        nice = _COMMON.get(code) or getattr(c, "common_name", None) or c.name
        display[code] = nice
        for n in {c.name, nice, getattr(c, "common_name", None), getattr(c, "official_name", None)}:
            if n and "," not in n and n not in _AMBIGUOUS:
                names.setdefault(n, code)
    for code, al in _ALIASES.items():
        for n in al:
            names.setdefault(n, code)
    demonyms: dict[str, str] = {}
    for code, word in demonym_rows():
        demonyms.setdefault(word, code)
    for n, code in names.items():
        if " " not in n:
            for d in _derive(n):
                demonyms.setdefault(d, code)
    return names, demonyms, display


COUNTRY_NAMES, DEMONYMS, COUNTRY_DISPLAY = _build()


def country_display(code: str) -> str:
    return COUNTRY_DISPLAY.get(code, code)
