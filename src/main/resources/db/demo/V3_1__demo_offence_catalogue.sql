-- DEMO DATA ONLY (EUC_DEMO_DATA=true): fictional national offence catalogues of Arcadia (XA),
-- Borealia (XB) and Cascadia (XC). Each mixes offences of 6 years or more (declarable), offences
-- under 6 years (not declarable) and offences whose conduct is expression, opinion or criticism
-- (never declarable, whatever their penalty: the carve-out).

INSERT INTO offence (country_code, offence_code, statute, name, max_penalty_years, life_imprisonment, category,
                     effective_from, recorded_by) VALUES
    ('XA', 'XA-PC-211', 'Arcadia Penal Code, s. 211', 'Murder', NULL, TRUE, 'VIOLENCE', DATE '2010-01-01', 'system'),
    ('XA', 'XA-PC-340', 'Arcadia Penal Code, s. 340', 'Kidnapping', 15, FALSE, 'VIOLENCE', DATE '2010-01-01', 'system'),
    ('XA', 'XA-PC-410', 'Arcadia Penal Code, s. 410', 'Trafficking in narcotic drugs on a large scale', 12, FALSE, 'DRUGS', DATE '2010-01-01', 'system'),
    ('XA', 'XA-PC-455', 'Arcadia Penal Code, s. 455', 'Money laundering', 8, FALSE, 'FINANCIAL', DATE '2012-03-01', 'system'),
    ('XA', 'XA-PC-502', 'Arcadia Penal Code, s. 502', 'Unauthorized access to a computer system causing serious damage', 7, FALSE, 'CYBER', DATE '2015-06-01', 'system'),
    ('XA', 'XA-PC-610', 'Arcadia Penal Code, s. 610', 'Directing a criminal organization', 10, FALSE, 'ORGANISED_CRIME', DATE '2010-01-01', 'system'),
    ('XA', 'XA-PC-120', 'Arcadia Penal Code, s. 120', 'Theft', 3, FALSE, 'PROPERTY', DATE '2010-01-01', 'system'),
    ('XA', 'XA-PC-290', 'Arcadia Penal Code, s. 290', 'Common assault', 2, FALSE, 'VIOLENCE', DATE '2010-01-01', 'system'),
    ('XA', 'XA-PC-160', 'Arcadia Penal Code, s. 160', 'Insulting a public official', 2, FALSE, 'EXPRESSION', DATE '2010-01-01', 'system'),
    ('XA', 'XA-PC-170', 'Arcadia Penal Code, s. 170', 'Sedition', 10, FALSE, 'EXPRESSION', DATE '2010-01-01', 'system'),
    ('XA', 'XA-PC-175', 'Arcadia Penal Code, s. 175', 'Spreading false news about the state', 7, FALSE, 'EXPRESSION', DATE '2018-01-01', 'system'),

    ('XB', 'XB-CC-1.1', 'Borealia Criminal Code, art. 1.1', 'Homicide', NULL, TRUE, 'VIOLENCE', DATE '2005-01-01', 'system'),
    ('XB', 'XB-CC-3.4', 'Borealia Criminal Code, art. 3.4', 'Hostage taking', 20, FALSE, 'VIOLENCE', DATE '2005-01-01', 'system'),
    ('XB', 'XB-CC-7.2', 'Borealia Criminal Code, art. 7.2', 'Trafficking in firearms and explosives', 10, FALSE, 'ARMS', DATE '2005-01-01', 'system'),
    ('XB', 'XB-CC-9.9', 'Borealia Criminal Code, art. 9.9', 'Sexual exploitation of children', 12, FALSE, 'SEXUAL_EXPLOITATION', DATE '2011-01-01', 'system'),
    ('XB', 'XB-CC-8.3', 'Borealia Criminal Code, art. 8.3', 'Trafficking in human beings', 15, FALSE, 'HUMAN_TRAFFICKING', DATE '2011-01-01', 'system'),
    ('XB', 'XB-CC-4.1', 'Borealia Criminal Code, art. 4.1', 'Fraud', 5, FALSE, 'FINANCIAL', DATE '2005-01-01', 'system'),
    ('XB', 'XB-CC-5.5', 'Borealia Criminal Code, art. 5.5', 'Vandalism', 1, FALSE, 'PROPERTY', DATE '2005-01-01', 'system'),
    ('XB', 'XB-CC-2.8', 'Borealia Criminal Code, art. 2.8', 'Criticism of the head of state', 8, FALSE, 'EXPRESSION', DATE '2005-01-01', 'system'),
    ('XB', 'XB-CC-2.9', 'Borealia Criminal Code, art. 2.9', 'Taking part in an unauthorized public assembly', 1, FALSE, 'EXPRESSION', DATE '2005-01-01', 'system'),

    ('XC', 'XC-SC-10', 'Cascadia State Code, ch. 10', 'Murder', NULL, TRUE, 'VIOLENCE', DATE '2000-01-01', 'system'),
    ('XC', 'XC-SC-44', 'Cascadia State Code, ch. 44', 'Defaming the state', 12, FALSE, 'EXPRESSION', DATE '2000-01-01', 'system'),
    ('XC', 'XC-SC-12', 'Cascadia State Code, ch. 12', 'Shoplifting', 1, FALSE, 'PROPERTY', DATE '2000-01-01', 'system');
