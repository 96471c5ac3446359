-- DEMO DATA ONLY (loaded when EUC_DEMO_DATA=true): fictional countries and agencies.
-- XA, XB and XC are user-assigned ISO 3166 codes, so they never clash with a real country.

INSERT INTO country (code, name) VALUES
    ('XA', 'Arcadia'),
    ('XB', 'Borealia'),
    ('XC', 'Cascadia');

INSERT INTO country_approval (country_code, approved, effective_from, reason, decided_by) VALUES
    ('XA', TRUE,  DATE '2024-01-01', 'Demo: meets the ministry''s criteria for approved countries', 'system'),
    ('XB', TRUE,  DATE '2024-01-01', 'Demo: meets the ministry''s criteria for approved countries', 'system'),
    ('XC', TRUE,  DATE '2024-01-01', 'Demo: initially approved', 'system'),
    ('XC', FALSE, DATE '2025-06-01', 'Demo: removed when the approved list was cut from 102 to 37 countries', 'system');

INSERT INTO agency (code, name, country_code, kind) VALUES
    ('ARC-NPA', 'Arcadia National Police Agency', 'XA', 'POLICE'),
    ('BOR-CTU', 'Borealia Counter-Terrorism Unit', 'XB', 'POLICE'),
    ('CAS-SIS', 'Cascadia State Intelligence Service', 'XC', 'INTELLIGENCE');
