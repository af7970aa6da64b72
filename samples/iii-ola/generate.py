#!/usr/bin/env python3
"""Writes the III Ola sample files of this folder from the figures the seed report prints.

    python3 samples/iii-ola/generate.py      # rewrites ola-iii.csv, historico-i-ii-ola.csv, referencia-dane-rues.csv

Deterministic (its own linear congruential generator, no library randomness): running it again
gives byte-identical files. README.md in this folder explains every choice; the aggregates are
checked at the end, so a change that breaks one of the seed's figures stops the script.
"""
import csv
import io
import os
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))


class Lcg:
    """Numerical Recipes' 32-bit LCG: stable across Python versions, unlike random's algorithms."""

    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (1664525 * self.state + 1013904223) % 2**32
        return (self.state >> 8) % bound

    def between(self, low, high):
        return low + self.next(high - low + 1)

    def shuffled(self, items):
        items = list(items)
        for i in range(len(items) - 1, 0, -1):
            j = self.next(i + 1)
            items[i], items[j] = items[j], items[i]
        return items


rng = Lcg(2021)
N = 76  # categorized: "76 iniciativas que hacen parte de la categorización"
REGISTERED = 94  # "94 iniciativas cluster inscritas"


def half_up(count, of):
    return (200 * count + of) // (2 * of)


def levels(counts, order=None):
    """Level (1, 2, 3) of each categorized initiative, counts[i] of level i+1, in a shuffled order."""
    flat = [1] * counts[0] + [2] * counts[1] + [3] * counts[2]
    assert len(flat) == N, counts
    order = order if order is not None else rng.shuffled(range(N))
    result = [0] * N
    for position, index in enumerate(order):
        result[index] = flat[position]
    return result


# ---- Where: seed "Departamento gestor de iniciativas cluster", III ola column (TOTAL 76).
DEPARTMENTS = [
    ("Antioquia", 6), ("Arauca", 2), ("Atlántico", 5), ("Bogotá D.C.", 15), ("Bolívar", 3), ("Boyacá", 2),
    ("Caldas", 1), ("Cauca", 1), ("Cesar", 1), ("Córdoba", 1), ("Cundinamarca", 3), ("Huila", 2),
    ("La Guajira", 1), ("Magdalena", 3), ("Meta", 2), ("Nariño", 1), ("Norte de Santander", 4), ("Putumayo", 1),
    ("Quindío", 4), ("Risaralda", 6), ("Santander", 3), ("Sucre", 1), ("Tolima", 3), ("Valle del Cauca", 5),
]
# Dimension 3, III ola SSME: participating firms (sum 12.684) and jobs (sum 582.791) per department.
# Huila prints "Sin registro" for firms although it has 2 categorized initiatives, which need firms for
# the categorization table's n = 76: its 20 firms are taken from Bogotá (4.127 -> 4.107). See README.md.
FIRMS = {
    "Antioquia": 1769, "Arauca": 14, "Atlántico": 95, "Bogotá D.C.": 4107, "Bolívar": 89, "Boyacá": 55,
    "Caldas": 85, "Cauca": 25, "Cesar": 119, "Córdoba": 17, "Cundinamarca": 313, "Huila": 20,
    "La Guajira": 17, "Magdalena": 44, "Meta": 42, "Nariño": 14, "Norte de Santander": 139, "Putumayo": 45,
    "Quindío": 102, "Risaralda": 139, "Santander": 116, "Sucre": 3950, "Tolima": 593, "Valle del Cauca": 775,
}
EMPLOYMENT = {
    "Antioquia": 101962, "Atlántico": 2105, "Bogotá D.C.": 326751, "Bolívar": 10652, "Boyacá": 560,
    "Cundinamarca": 83475, "Norte de Santander": 142, "Putumayo": 215, "Quindío": 2106, "Risaralda": 53900,
    "Santander": 565, "Tolima": 358,
}
CAPITALS = {
    "Antioquia": "Medellín", "Arauca": "Arauca", "Atlántico": "Barranquilla", "Bogotá D.C.": "Bogotá",
    "Bolívar": "Cartagena", "Boyacá": "Tunja", "Caldas": "Manizales", "Cauca": "Cauca", "Cesar": "Valledupar",
    "Córdoba": "Montería", "Cundinamarca": "Facatativá", "Huila": "Neiva", "La Guajira": "La Guajira",
    "Magdalena": "Santa Marta", "Meta": "Villavicencio", "Nariño": "Pasto", "Norte de Santander": "Cúcuta",
    "Putumayo": "Putumayo", "Quindío": "Armenia", "Risaralda": "Pereira", "Santander": "Bucaramanga",
    "Sucre": "Sincelejo", "Tolima": "Ibagué", "Valle del Cauca": "Cali", "Casanare": "Casanare",
}
SECTORS = {
    "servicios": ["Turismo", "Salud", "Software y TI", "Logística", "Industrias Creativas", "Energía Eléctrica",
                  "Educación", "Construcción", "Gastronomía", "Servicios Empresariales", "Bienestar", "Economía Naranja",
                  "Eventos y Convenciones", "Belleza", "Biotecnología"],
    "manufactura": ["Muebles", "Moda", "Cuero y Calzado", "Metalmecánica", "Plásticos", "Químicos", "Autopartes",
                    "Artes Gráficas", "Joyería", "Materiales de Construcción"],
    "agroindustria": ["Café", "Cacao", "Lácteos", "Frutas", "Palma", "Arroz", "Panela", "Piscicultura", "Aguacate",
                      "Flores"],
}

department_of = [name for name, count in DEPARTMENTS for _ in range(count)]
assert len(department_of) == N


def split(total, parts, low=1):
    """total split over parts, unevenly (weights 1..parts shuffled), each at least low."""
    if parts == 1:
        return [total]
    weights = rng.shuffled(range(1, parts + 1))
    shares = [low + (total - low * parts) * weight // sum(weights) for weight in weights]
    shares[0] += total - sum(shares)
    return shares


firms = [0] * N
employment = [0] * N
for name, count in DEPARTMENTS:
    indices = [i for i in range(N) if department_of[i] == name]
    for index, value in zip(indices, split(FIRMS[name], count, low=6)):
        firms[index] = value
    for index, value in zip(indices, split(EMPLOYMENT.get(name, 0), count, low=0)):
        employment[index] = value
assert sum(firms) == 12684 and sum(employment) == 582791
by_size = sorted(range(N), key=lambda i: (firms[i], i))

# ---- Profile: macrosectors 51 % / 28 % / 21 % of 76 -> 39 / 21 / 16; managing entities (see README).
macrosector = [("servicios", "manufactura", "agroindustria")[level - 1] for level in levels((39, 21, 16))]

# ---- Categorization table (seed "Evaluación de las variables de categorización"), counts of 76.
TABLE = {
    "focus": (29, 35, 12), "overall_progress": (23, 42, 11), "strategy": (11, 21, 44),
    "strategy_participants": (18, 32, 26), "action_plan": (12, 17, 47), "active_firms": (32, 7, 37),
    "firm_size": (24, 5, 47), "general_assembly": (23, 6, 47), "advisory_board": (18, 12, 46),
    "cluster_manager": (10, 24, 42), "management_team": (25, 33, 18), "work_tables": (15, 25, 36),
    "activities": (34, 17, 25), "collaboration": (10, 32, 34), "operating_funding": (55, 6, 15),
    "project_funding": (67, 7, 2), "sustainability": (51, 12, 13), "business_impact": (27, 15, 34),
}
SEED_PERCENTS = {
    "focus": (38, 46, 16), "overall_progress": (30, 55, 14), "strategy": (14, 28, 58),
    "strategy_participants": (24, 42, 34), "action_plan": (16, 22, 62), "active_firms": (42, 9, 49),
    "firm_size": (32, 7, 62), "general_assembly": (30, 8, 62), "advisory_board": (24, 16, 61),
    "cluster_manager": (13, 32, 55), "management_team": (33, 43, 24), "work_tables": (20, 33, 47),
    "activities": (45, 22, 33), "collaboration": (13, 42, 45), "operating_funding": (72, 8, 20),
    "project_funding": (88, 9, 3), "sustainability": (67, 16, 17), "business_impact": (36, 20, 45),
}
for code, counts in TABLE.items():
    assert tuple(half_up(count, N) for count in counts) == SEED_PERCENTS[code], code

level = {code: levels(counts) for code, counts in TABLE.items() if code not in (
    "active_firms", "firm_size", "general_assembly", "advisory_board", "business_impact")}

# Firm size: the 24 smallest initiatives have no medium or large firm ("7 de cada 10" have one: 52 of 76).
level["firm_size"] = levels(TABLE["firm_size"], by_size[:24] + rng.shuffled(by_size[24:]))
# Active firms 4.243 of 12.684 (33 %): the most active are the small initiatives, as in the seed's text.
level["active_firms"] = [0] * N
for position, index in enumerate(sorted(range(N), key=lambda i: (-firms[i], i))):
    level["active_firms"][index] = 1 if position < 32 else 2 if position < 39 else 3
# Impact: 57 initiatives impact 4.729 firms (37 %); the 19 without impacted firms are level 1.
impact_order = sorted(range(N), key=lambda i: (-firms[i], i))
level["business_impact"] = [0] * N
impacted_zero = set(impact_order[-19:])
for position, index in enumerate(impact_order):
    level["business_impact"][index] = 1 if index in impacted_zero or position < 8 else 3 if position < 8 + 34 else 2

# Governance: assembly met 47, board periodic 46, either 56 (74 %): 37 initiatives have both.
assembly = levels(TABLE["general_assembly"])
met = [i for i in range(N) if assembly[i] == 3]
not_met = [i for i in range(N) if assembly[i] != 3]
board = [0] * N
periodic = met[:37] + not_met[:9]
rest = met[37:] + not_met[9:]
for i in periodic:
    board[i] = 3
for position, i in enumerate(rest):
    board[i] = 2 if position < 12 else 1
level["general_assembly"], level["advisory_board"] = assembly, board
for code, counts in TABLE.items():
    assert tuple(level[code].count(k) for k in (1, 2, 3)) == counts, code


def in_band(value_level, bands):
    low, high = bands[value_level - 1]
    return rng.between(low, high)


def fill(targets, lows, highs):
    """Integers between lows and highs adding up to the target, spread in proportion to the room."""
    total = targets
    values = list(lows)
    room = [high - low for low, high in zip(lows, highs)]
    remaining = total - sum(values)
    assert 0 <= remaining <= sum(room), (total, sum(lows), sum(highs))
    if sum(room):
        for i in range(len(values)):
            values[i] += remaining * room[i] // sum(room)
    i = 0
    while sum(values) < total:
        if values[i % len(values)] < highs[i % len(values)]:
            values[i % len(values)] += 1
        i += 1
    return values


def adjust(values, target, bands):
    """Moves values one unit at a time, round robin, within their bands until they add up to target."""
    values = list(values)
    i = 0
    while sum(values) != target:
        step = 1 if sum(values) < target else -1
        low, high = bands[i % len(values)]
        if low <= values[i % len(values)] + step <= high:
            values[i % len(values)] += step
        i += 1
    return values


def ceil_div(a, b):
    return -(-a // b)


# Medium and large firms by the size level: none, exactly one, or two to a tenth of the firms.
medium, large = [0] * N, [0] * N
for i in range(N):
    if level["firm_size"][i] == 2:
        medium[i] = 1
    elif level["firm_size"][i] == 3:
        both = max(2, min(firms[i] // 10, 2 + firms[i] // 40))
        large[i] = both // 3
        medium[i] = both - large[i]
small = [(firms[i] - medium[i] - large[i]) // 4 for i in range(N)]
micro = [firms[i] - medium[i] - large[i] - small[i] for i in range(N)]

# Active firms: <= 60 %, 60 % < x < 80 %, >= 80 % of participating firms; 4.243 in all.
active_low = [0 if level["active_firms"][i] == 1 else firms[i] * 60 // 100 + 1 if level["active_firms"][i] == 2 else ceil_div(firms[i] * 80, 100) for i in range(N)]
active_high = [firms[i] * 60 // 100 if level["active_firms"][i] == 1 else ceil_div(firms[i] * 80, 100) - 1 if level["active_firms"][i] == 2 else firms[i] for i in range(N)]
active = fill(4243, active_low, active_high)
# Impacted firms: 0 for 19, <= 20 % for 8 more, 20 % < x < 60 %, >= 60 %; 4.729 in all.
impacted_low = [0 if i in impacted_zero else 1 if level["business_impact"][i] == 1 else firms[i] * 20 // 100 + 1 if level["business_impact"][i] == 2 else ceil_div(firms[i] * 60, 100) for i in range(N)]
impacted_high = [0 if i in impacted_zero else firms[i] * 20 // 100 if level["business_impact"][i] == 1 else ceil_div(firms[i] * 60, 100) - 1 if level["business_impact"][i] == 2 else firms[i] for i in range(N)]
impacted = fill(4729, impacted_low, impacted_high)

PERCENT_BANDS = [(0, 20), (21, 79), (80, 100)]
# Focus: mean intercluster 41 % (sectorial 59 %): the values add up to 41 x 76 = 3.116.
focus_values = [in_band(level["focus"][i], PERCENT_BANDS) for i in range(N)]
focus_values = adjust(focus_values, 3116, [PERCENT_BANDS[level["focus"][i] - 1] for i in range(N)])
assert sum(focus_values) == 3116, sum(focus_values)
progress = [in_band(level["overall_progress"][i], PERCENT_BANDS) for i in range(N)]
participants = [in_band(level["strategy_participants"][i], [(5, 30), (31, 79), (80, 100)]) for i in range(N)]
team = [0 if level["management_team"][i] == 1 else 1 if level["management_team"][i] == 2 else rng.between(2, 6) for i in range(N)]
months = [in_band(level["sustainability"][i], [(0, 11), (12, 24), (25, 48)]) for i in range(N)]

# Activities: networking <= 30 %, 30 % < x < 50 %, >= 50 % per initiative; of all activities led,
# 41 % business strengthening, 17 % environment, 42 % networking.
totals = [rng.between(10, 40) for _ in range(N)]
net_low = [0 if level["activities"][i] == 1 else totals[i] * 30 // 100 + 1 if level["activities"][i] == 2 else ceil_div(totals[i] * 50, 100) for i in range(N)]
net_high = [totals[i] * 30 // 100 if level["activities"][i] == 1 else ceil_div(totals[i] * 50, 100) - 1 if level["activities"][i] == 2 else totals[i] for i in range(N)]
networking = fill(sum(totals) * 42 // 100, net_low, net_high)
all_activities = sum(totals)
environment = fill(all_activities * 17 // 100, [0] * N, [totals[i] - networking[i] for i in range(N)])
business = [totals[i] - networking[i] - environment[i] for i in range(N)]
assert (half_up(sum(business), all_activities), half_up(sum(environment), all_activities), half_up(sum(networking), all_activities)) == (41, 17, 42)

# Funding, whole millions of pesos. Operating structure: private (organisations + firms) share
# <= 20 %, 20 % < x < 80 %, >= 80 %. Projects: firms' share with the same bands.
MILLION = 1_000_000
opex = [[0, 0, 0] for _ in range(N)]
projects = [[0, 0, 0] for _ in range(N)]
for i in range(N):
    total = rng.between(40, 600)
    private_pct = in_band(level["operating_funding"][i], [(0, 20), (25, 75), (80, 100)])
    # Rounded away from the band's edge, so the level is the one drawn.
    private = ceil_div(total * private_pct, 100) if private_pct >= 80 else total * private_pct // 100
    firms_part = private * rng.between(30, 70) // 100
    opex[i] = [total - private, private - firms_part, firms_part]
    total = rng.between(50, 1500)
    firms_pct = in_band(level["project_funding"][i], [(0, 20), (25, 75), (80, 100)])
    firms_part = ceil_div(total * firms_pct, 100) if firms_pct >= 80 else total * firms_pct // 100
    public = (total - firms_part) * rng.between(55, 95) // 100
    projects[i] = [public, total - firms_part - public, firms_part]

# Overall level as the engine computes it (areas: half-up mean of their variables; overall: half-up
# mean of the areas), to give the level profiles of the seed's conclusions their funding shares.
AREAS = [["focus", "overall_progress"], ["strategy", "strategy_participants", "action_plan"], ["active_firms", "firm_size"],
         ["general_assembly", "advisory_board", "cluster_manager", "management_team", "work_tables"], ["activities"],
         ["collaboration"], ["operating_funding", "project_funding", "sustainability"], ["business_impact"]]


def mean_level(values):
    return (2 * sum(values) + len(values)) // (2 * len(values))


overall = [mean_level([mean_level([level[code][i] for code in area]) for area in AREAS]) for i in range(N)]
# "Nivel 3 … de sus empresarios corresponden al 16 % para la estructura operativa … y el 10 % para los
# proyectos"; "Nivel 2 … el 13 % … para la estructura operativa y el 19 % para los proyectos".
# Moving pesos between the firms and other private sources keeps each initiative's operating level;
# the firms' project pesos move within the initiative's band.
for group_level, opex_pct, projects_pct in [(2, 13, 19), (3, 16, 10)]:
    group = [i for i in range(N) if overall[i] == group_level]
    total = sum(sum(opex[i]) for i in group)
    firms_parts = fill(ceil_div(total * opex_pct, 100), [0] * len(group), [opex[i][1] + opex[i][2] for i in group])
    for i, part in zip(group, firms_parts):
        opex[i] = [opex[i][0], opex[i][1] + opex[i][2] - part, part]
    assert half_up(sum(opex[i][2] for i in group), total) == opex_pct
    total = sum(sum(projects[i]) for i in group)
    bands = []
    for i in group:
        t = sum(projects[i])
        bands.append([(0, t * 20 // 100), (t * 20 // 100 + 1, ceil_div(t * 80, 100) - 1), (ceil_div(t * 80, 100), t)][level["project_funding"][i] - 1])
    firms_parts = fill(ceil_div(total * projects_pct, 100), [b[0] for b in bands], [b[1] for b in bands])
    for i, part in zip(group, firms_parts):
        t = sum(projects[i])
        public = (t - part) * projects[i][0] // max(1, projects[i][0] + projects[i][1])
        projects[i] = [public, t - part - public, part]
    assert half_up(sum(projects[i][2] for i in group), total) == projects_pct

# Collaboration none / manager-driven / spontaneous: 13 / 42 / 45 % (any: 87 %).
CHOICES = {
    "strategy": ("none", "outdated", "current"),
    "action_plan": ("none", "not_updated_annually", "updated_annually"),
    "general_assembly": ("none", "no_meeting", "met"),
    "advisory_board": ("none", "irregular", "periodic"),
    "cluster_manager": ("none", "part_time", "full_time_formal"),
    "work_tables": ("none", "informal", "formal"),
    "collaboration": ("none", "manager_driven", "spontaneous"),
}


def chosen(counts, population):
    """A subset of population of the given size, shuffled deterministically."""
    return set(rng.shuffled(population)[:counts])


# Business impacts among the 57 impacting initiatives: 81 / 75 / 67 / 58 / 46 / 46 % -> 46 / 43 / 38 / 33 / 26 / 26.
impacting = [i for i in range(N) if impacted[i] > 0]
assert len(impacting) == 57
BUSINESS = [("capacitacion", 46), ("idi", 43), ("inteligencia_mercado", 38), ("productividad", 33), ("diversificacion", 26), ("mercados_internacionales", 26)]
business_impacts = [[] for _ in range(N)]
for code, count in BUSINESS:
    for i in chosen(count, impacting):
        business_impacts[i].append(code)
# Territorial: 75 % of the 76 (57) extend their effects; 66 / 45 / 33 / 29 / 22 % of the 76 -> 50 / 34 / 25 / 22 / 17.
territorial_set = sorted(chosen(57, range(N)))
TERRITORIAL = [("agenda_politica", 50), ("medio_ambiente", 34), ("atraccion_inversion", 25), ("genero", 22), ("nuevas_empresas", 17)]
territorial = [[] for _ in range(N)]
agenda = chosen(50, territorial_set)
for i in agenda:
    territorial[i].append("agenda_politica")
uncovered = [i for i in territorial_set if i not in agenda]
for code, count in TERRITORIAL[1:]:
    picks = uncovered + [i for i in rng.shuffled(territorial_set) if i not in uncovered]
    for i in picks[:count]:
        territorial[i].append(code)
    uncovered = []
# Barriers: 7 in 10 (53 of 76 -> 70 %); 32 / 17 / 13 / 9 / 8 % of the 76 -> 24 / 13 / 10 / 7 / 6; the rest "otra".
with_barriers = sorted(chosen(53, range(N)))
BARRIERS = [("financiacion", 24), ("articulacion", 13), ("participacion_empresas", 10), ("compromiso", 7), ("confianza", 6)]
barriers = [[] for _ in range(N)]
offset = 0
for code, count in BARRIERS:
    for k in range(count):
        barriers[with_barriers[(offset + k) % 53]].append(code)
    offset += count
for i in with_barriers:
    if not barriers[i]:
        barriers[i].append("otra")
OTHER_BARRIERS = ["Trámites lentos para la contratación de proyectos", "Rotación del equipo gestor", "Falta de información del sector",
                  "Baja conectividad en las zonas rurales", "Cambios en la administración local"]
# Emergency actions: no figure printed; the order of the seed's list, most frequent first.
EMERGENCY = [("ajuste_estrategia", 58), ("capacitacion_bioseguridad", 47), ("cese_actividades", 35), ("reinvencion", 30), ("comercializacion_digital", 26)]
emergency = [[] for _ in range(N)]
for code, count in EMERGENCY:
    for i in chosen(count, range(N)):
        emergency[i].append(code)
SUPPORT = ["Formación en formulación de proyectos y acceso a convocatorias", "Conexiones intercluster con otras regiones",
           "Información de mercados y tendencias del sector", "Acompañamiento en la estrategia de financiación",
           "Espacios de relacionamiento y ruedas de negocio"]

# ---- Managing entities: 22 chambers, 17 corporations/associations/private, 3 public, 3 universities, 1 agency
# (distinct entities, as the seed counts them), managing 42 / 26 / 4 / 3 / 1 of the 76 initiatives.
entity_type = [""] * N
entity_name = [""] * N
chamber_departments = [name for name, _ in DEPARTMENTS if name not in ("Cesar", "Sucre")]
assert len(chamber_departments) == 22
chambers = []
for name in chamber_departments:
    first = department_of.index(name)
    chambers.append(first)
extra = [i for i in range(N) if department_of[i] in chamber_departments and i not in chambers]
chambers += extra[:20]
for i in chambers:
    entity_type[i] = "camara_comercio"
    entity_name[i] = f"Cámara de Comercio de {CAPITALS[department_of[i]]}"
others = [i for i in range(N) if not entity_type[i]]
CORPORATIONS = [f"{kind} {name}" for kind, name in [
    ("Corporación", "Clúster Región"), ("Asociación", "Gremial del Sector"), ("Fundación", "Empresarial del Territorio"),
    ("Corporación", "Innovación Regional"), ("Asociación", "de Productores"), ("Corporación", "Desarrollo Productivo"),
    ("Fundación", "Competitividad"), ("Asociación", "de Empresarios"), ("Corporación", "Tecnológica"),
    ("Corporación", "Mixta de Turismo"), ("Asociación", "de Industriales"), ("Fundación", "Conocimiento y Empresa"),
    ("Corporación", "Agroindustrial"), ("Asociación", "Cluster de la Moda"), ("Corporación", "Red de Negocios"),
    ("Fundación", "Economía Creativa"), ("Corporación", "Logística del Caribe")]]
PUBLIC = ["Gobernación — Secretaría de Competitividad", "Alcaldía — Secretaría de Desarrollo Económico", "Agencia de Desarrollo Local"]
UNIVERSITIES = ["Universidad Regional", "Universidad Tecnológica", "Universidad del Territorio"]
for position, i in enumerate(others):
    if position < 26:
        entity_type[i], entity_name[i] = "corporacion_asociacion_privado", CORPORATIONS[position % 17]
    elif position < 30:
        entity_type[i], entity_name[i] = "entidad_publica", PUBLIC[(position - 26) % 3]
    elif position < 33:
        entity_type[i], entity_name[i] = "universidad", UNIVERSITIES[position - 30]
    else:
        entity_type[i], entity_name[i] = "agencia", "Agencia de Promoción de Inversión"
assert len({(t, n) for t, n in zip(entity_type, entity_name)}) == 46


def initiative_names(departments, sectors):
    used = set()
    names = []
    per_department = {}
    for department, sector in zip(departments, sectors):
        options = SECTORS[sector]
        k = per_department.get((department, sector), 0)
        per_department[(department, sector)] = k + 1
        name = f"Cluster de {options[(k + len(department)) % len(options)]} de {CAPITALS[department] if department != 'Bogotá D.C.' else 'Bogotá'}"
        while name in used:
            name += " II"
        used.add(name)
        names.append(name)
    return names


names = initiative_names(department_of, macrosector)

COLUMNS = [
    "initiative_name", "department", "managing_entity_name", "managing_entity_type", "macrosector", "has_period_data",
    "focus_intercluster_pct", "overall_progress_pct", "strategy", "strategy_participants_business_pct", "action_plan",
    "firms_micro", "firms_small", "firms_medium", "firms_large", "firms_active",
    "general_assembly", "advisory_board", "cluster_manager", "team_professionals", "work_tables",
    "activities_business", "activities_environment", "activities_networking", "collaboration",
    "opex_public_cop", "opex_private_cop", "opex_firms_cop", "projects_public_cop", "projects_private_cop", "projects_firms_cop",
    "sustainability_months", "firms_impacted", "employment", "impacts_business", "impacts_territorial",
    "barriers", "barriers_other", "desired_support", "emergency_actions", "status",
]
rows = []
for i in range(N):
    rows.append({
        "initiative_name": names[i], "department": department_of[i], "managing_entity_name": entity_name[i],
        "managing_entity_type": entity_type[i], "macrosector": macrosector[i], "has_period_data": "true",
        "focus_intercluster_pct": focus_values[i], "overall_progress_pct": progress[i],
        "strategy": CHOICES["strategy"][level["strategy"][i] - 1],
        "strategy_participants_business_pct": participants[i],
        "action_plan": CHOICES["action_plan"][level["action_plan"][i] - 1],
        "firms_micro": micro[i], "firms_small": small[i], "firms_medium": medium[i], "firms_large": large[i], "firms_active": active[i],
        "general_assembly": CHOICES["general_assembly"][level["general_assembly"][i] - 1],
        "advisory_board": CHOICES["advisory_board"][level["advisory_board"][i] - 1],
        "cluster_manager": CHOICES["cluster_manager"][level["cluster_manager"][i] - 1],
        "team_professionals": team[i], "work_tables": CHOICES["work_tables"][level["work_tables"][i] - 1],
        "activities_business": business[i], "activities_environment": environment[i], "activities_networking": networking[i],
        "collaboration": CHOICES["collaboration"][level["collaboration"][i] - 1],
        "opex_public_cop": opex[i][0] * MILLION, "opex_private_cop": opex[i][1] * MILLION, "opex_firms_cop": opex[i][2] * MILLION,
        "projects_public_cop": projects[i][0] * MILLION, "projects_private_cop": projects[i][1] * MILLION, "projects_firms_cop": projects[i][2] * MILLION,
        "sustainability_months": months[i], "firms_impacted": impacted[i], "employment": employment[i],
        "impacts_business": ";".join(business_impacts[i]), "impacts_territorial": ";".join(territorial[i]),
        "barriers": ";".join(barriers[i]), "barriers_other": OTHER_BARRIERS[i % 5] if "otra" in barriers[i] else "",
        "desired_support": SUPPORT[i % 5] if i % 2 == 0 else "", "emergency_actions": ";".join(emergency[i]),
        "status": "Accepted" if i % 4 else "Submitted",
    })

# The 18 registered initiatives without data for 2019: 12 sent only their profile, 6 left a draft.
UNCATEGORIZED = [("Casanare", "agroindustria"), ("Valle del Cauca", "servicios"), ("Antioquia", "manufactura"), ("Bogotá D.C.", "servicios"),
                 ("Caldas", "agroindustria"), ("Santander", "servicios"), ("Meta", "agroindustria"), ("Atlántico", "manufactura"),
                 ("Huila", "agroindustria"), ("Bolívar", "servicios"), ("Tolima", "agroindustria"), ("Cesar", "agroindustria"),
                 ("Risaralda", "servicios"), ("Magdalena", "servicios"), ("Nariño", "agroindustria"), ("Boyacá", "manufactura"),
                 ("Quindío", "servicios"), ("Cundinamarca", "agroindustria")]
late_names = initiative_names([d for d, _ in UNCATEGORIZED], [s for _, s in UNCATEGORIZED])
for k, ((department, sector), name) in enumerate(zip(UNCATEGORIZED, late_names)):
    while name in names:
        name += " (nueva)"
    rows.append({
        "initiative_name": name, "department": department,
        "managing_entity_name": f"Cámara de Comercio de {CAPITALS[department]}" if k % 2 == 0 else "Corporación Clúster Región",
        "managing_entity_type": "camara_comercio" if k % 2 == 0 else "corporacion_asociacion_privado",
        "macrosector": sector, "has_period_data": "false", "status": "Submitted" if k < 12 else "Draft",
    })
assert len(rows) == REGISTERED

# ---- Checks of the aggregates the seed prints (the report's own test asserts what the PDF says).
cat = rows[:N]
assert sum(int(r["firms_active"]) for r in cat) == 4243 and sum(int(r["firms_impacted"]) for r in cat) == 4729
assert half_up(4243, 12684) == 33 and half_up(4729, 12684) == 37
assert sum(1 for r in cat if r["general_assembly"] == "met" or r["advisory_board"] == "periodic") == 56 and half_up(56, N) == 74
assert half_up(sum(1 for r in cat if r["general_assembly"] != "none"), N) == 70
assert half_up(sum(1 for r in cat if r["advisory_board"] != "none"), N) == 76
assert half_up(sum(1 for r in cat if r["collaboration"] != "none"), N) == 87
assert half_up(sum(1 for r in cat if int(r["sustainability_months"]) > 24), N) == 17
assert half_up(sum(1 for r in cat if r["impacts_territorial"]), N) == 75
assert half_up(sum(1 for r in cat if r["barriers"]), N) == 70
assert sum(1 for r in cat if int(r["firms_medium"]) + int(r["firms_large"]) > 0) == 52
assert sum(int(r["focus_intercluster_pct"]) for r in cat) == 41 * N


def band(share, low, high):
    """The level of an exact share with the methodology's bands: <= low, low < x < high, >= high."""
    return 1 if share <= low else 3 if share >= high else 2


for i in range(N):
    assert band(Fraction(100 * (opex[i][1] + opex[i][2]), sum(opex[i])), 20, 80) == level["operating_funding"][i]
    assert band(Fraction(100 * projects[i][2], sum(projects[i])), 20, 80) == level["project_funding"][i]
    assert band(Fraction(100 * active[i], firms[i]), 60, 80) == level["active_firms"][i]
    assert band(Fraction(100 * impacted[i], firms[i]), 20, 60) == level["business_impact"][i]
    assert band(Fraction(100 * networking[i], totals[i]), 30, 50) == level["activities"][i]
    assert active[i] <= firms[i] and impacted[i] <= firms[i]
    assert micro[i] + small[i] + medium[i] + large[i] == firms[i] and micro[i] >= 0 and small[i] >= 0


def write(name, columns, records):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n", extrasaction="raise", restval="")
    writer.writeheader()
    writer.writerows(records)
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as file:
        file.write(buffer.getvalue())


write("ola-iii.csv", COLUMNS, rows)

# ---- I and II Ola (2016, 2018): every figure the seed prints for them; "Sin registro" and blanks are no row.
HISTORY_DEPARTMENTS = {
    "I": {"Antioquia": 8, "Atlántico": 4, "Bogotá D.C.": 13, "Bolívar": 1, "Boyacá": 1, "Caldas": 2, "Casanare": 1, "Cauca": 1,
          "Cesar": 1, "Huila": 1, "La Guajira": 1, "Magdalena": 1, "Meta": 2, "Nariño": 1, "Norte de Santander": 3, "Quindío": 3,
          "Risaralda": 6, "Santander": 5, "Valle del Cauca": 6},
    "II": {"Antioquia": 2, "Arauca": 2, "Atlántico": 3, "Bogotá D.C.": 16, "Bolívar": 1, "Boyacá": 1, "Caldas": 2, "La Guajira": 1,
           "Magdalena": 1, "Meta": 3, "Norte de Santander": 4, "Quindío": 2, "Risaralda": 7, "Santander": 3, "Tolima": 3,
           "Valle del Cauca": 6},
}
assert sum(HISTORY_DEPARTMENTS["I"].values()) == 61 and sum(HISTORY_DEPARTMENTS["II"].values()) == 57
II_EMPLOYMENT = {"Arauca": 50, "Atlántico": 7471, "Bogotá D.C.": 72401, "Bolívar": 743, "Boyacá": 510, "Caldas": 1324, "La Guajira": 187,
                 "Meta": 1485, "Norte de Santander": 8189, "Quindío": 286, "Risaralda": 3456, "Santander": 13430, "Tolima": 1352}
II_FIRMS = {"Antioquia": 202, "Arauca": 34, "Atlántico": 37, "Bogotá D.C.": 2264, "Bolívar": 170, "Boyacá": 37, "Caldas": 216,
            "La Guajira": 39, "Magdalena": 12, "Meta": 106, "Norte de Santander": 138, "Quindío": 34, "Risaralda": 116,
            "Santander": 86, "Tolima": 181, "Valle del Cauca": 155}
assert sum(II_EMPLOYMENT.values()) == 110884 and sum(II_FIRMS.values()) == 3827


def colombian(value):
    return f"{value:,}".replace(",", ".")


history = []
for code, name, year, total, macro in [("I", "I Ola", 2016, 61, (52, 26, 21)), ("II", "II Ola", 2018, 57, (49, 30, 21))]:
    base = {"wave_code": code, "wave_name": name, "period_year": year}
    history.append({**base, "figure": "initiatives", "department": "", "value": total})
    history += [{**base, "figure": "initiatives", "department": d, "value": v} for d, v in HISTORY_DEPARTMENTS[code].items()]
    for sector, value in zip(("servicios", "manufactura", "agroindustria"), macro):
        history.append({**base, "figure": f"macrosector_{sector}_pct", "department": "", "value": value})
    if code == "II":
        history.append({**base, "figure": "employment", "department": "", "value": colombian(110884)})
        history += [{**base, "figure": "employment", "department": d, "value": colombian(v)} for d, v in II_EMPLOYMENT.items()]
        history.append({**base, "figure": "firms", "department": "", "value": colombian(3827)})
        history += [{**base, "figure": "firms", "department": d, "value": colombian(v)} for d, v in II_FIRMS.items()]
write("historico-i-ii-ola.csv", ["wave_code", "wave_name", "period_year", "figure", "department", "value"], history)

# ---- DANE occupied population 2018 and 2019 (GEIH; Arauca and Putumayo in thousands, capital cities) and
# RUES registered firms 2019, as the seed prints them.
OCCUPIED = {
    "Nacional": ("22.528.856", "22.384.482"), "Antioquia": ("3.035.595", "3.067.094"), "Arauca": ("28", "29"),
    "Atlántico": ("1.188.384", "1.207.648"), "Bogotá D.C.": ("4.153.890", "4.186.301"), "Bolívar": ("948.761", "965.119"),
    "Boyacá": ("577.047", "533.692"), "Caldas": ("420.069", "414.911"), "Cundinamarca": ("1.445.164", "1.394.743"),
    "La Guajira": ("496.436", "486.633"), "Meta": ("440.277", "438.643"), "Norte de Santander": ("546.917", "531.883"),
    "Putumayo": ("15", "15"), "Quindío": ("260.841", "254.934"), "Risaralda": ("466.105", "457.088"),
    "Santander": ("1.090.484", "1.050.397"), "Tolima": ("658.343", "607.977"),
}
REGISTERED_FIRMS_2019 = {
    "Nacional": "1.643.849", "Antioquia": "197.044", "Arauca": "9.378", "Atlántico": "70.771", "Bogotá D.C.": "443.120",
    "Bolívar": "42.374", "Boyacá": "50.233", "Caldas": "30.528", "Cauca": "25.217", "Cesar": "21.955", "Córdoba": "19.540",
    "Cundinamarca": "101.426", "Huila": "37.834", "La Guajira": "13.024", "Magdalena": "29.027", "Meta": "46.319",
    "Nariño": "37.116", "Norte de Santander": "50.655", "Putumayo": "11.205", "Quindío": "19.911", "Risaralda": "36.406",
    "Santander": "92.657", "Sucre": "15.223", "Tolima": "45.604", "Valle del Cauca": "144.881",
}
reference = [{"department": d, "year": 2018, "occupied_population": v[0], "registered_firms": ""} for d, v in OCCUPIED.items()]
for d in dict.fromkeys(list(OCCUPIED) + list(REGISTERED_FIRMS_2019)):
    reference.append({"department": d, "year": 2019, "occupied_population": OCCUPIED[d][1] if d in OCCUPIED else "",
                      "registered_firms": REGISTERED_FIRMS_2019.get(d, "")})
write("referencia-dane-rues.csv", ["department", "year", "occupied_population", "registered_firms"], reference)
print(f"{len(rows)} initiatives, {len(history)} historical figures, {len(reference)} reference rows written to {HERE}")
