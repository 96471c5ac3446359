-- DEMO DATA ONLY: Borealia's law requires a judicial order for every use; Arcadia also accepts
-- other authorizations its law provides for.
UPDATE country SET judicial_order_required = TRUE WHERE code = 'XB';
