"""Component ``policykg_roster`` (extractor/match/roster/), one test module per frame,
through ``load()(text)``: the people of a mechanism (``doc.spans["people"]``, PERSON, each
span the name as written) with their role (``leader_of``, ``member_of``, ``convener_of``,
``liaison_of`` …) and their post (``holds_post`` with the title).

Each row: an id, a short notice of our own (people, places and units invented), the PERSON
span texts, and the (person, relation, body[, title]) facts."""

ROLES = ("convener_of", "deputy_convener_of", "member_of", "liaison_of", "leader_of", "deputy_leader_of", "holds_post")
G = "青山县鼠疫防控领导小组"
TITLE = "关于成立青山县鼠疫防控领导小组的通知\n"
