"""Components ``policykg_duties`` and ``policykg_free_duties`` (extractor/match/duties/), one
test module per frame, through ``load()(text)``. Each duty is a DUTY span in
``doc.spans["duties"]``; each body responsible for it a ``responsible_for`` relation
(``role=lead`` / ``role=support`` when the text says so). Each row: an id, a short notice
of our own, the DUTY span texts (where a table checks them), the (body, responsible_for,
duty text[, role]) facts."""
