-- An agency may attest in its ledger that it did not use the system in a period: an entry of its
-- own kind, chained like the others, holding the period in used_from/used_until and no order.
-- Orders keep every column they had to have; attestations have none of them.
DO $$
DECLARE
    check_name TEXT;
BEGIN
    FOR check_name IN
        SELECT conname FROM pg_constraint
        WHERE conrelid = 'ledger_entry'::regclass AND contype = 'c'
          AND (pg_get_constraintdef(oid) LIKE '%entry_type%RECORD%CORRECTION%CANCELLATION%'
               OR pg_get_constraintdef(oid) LIKE '%terrorist_act IS NULL%offence_id IS NULL%'
               OR pg_get_constraintdef(oid) LIKE '%targets > 0%'
               OR pg_get_constraintdef(oid) LIKE '%entry_type%RECORD%amends_entry_id IS NULL%')
    LOOP
        EXECUTE format('ALTER TABLE ledger_entry DROP CONSTRAINT %I', check_name);
    END LOOP;
END $$;

ALTER TABLE ledger_entry
    ALTER COLUMN order_reference DROP NOT NULL,
    ALTER COLUMN issuing_authority DROP NOT NULL,
    ALTER COLUMN kind DROP NOT NULL,
    ALTER COLUMN issued_on DROP NOT NULL,
    ALTER COLUMN valid_from DROP NOT NULL,
    ALTER COLUMN valid_until DROP NOT NULL,
    ALTER COLUMN targets DROP NOT NULL,
    ADD CONSTRAINT ledger_entry_type_check
        CHECK (entry_type IN ('RECORD', 'CORRECTION', 'CANCELLATION', 'NO_USE_ATTESTATION')),
    ADD CONSTRAINT ledger_entry_amends_check
        CHECK ((entry_type IN ('CORRECTION', 'CANCELLATION')) = (amends_entry_id IS NOT NULL)),
    ADD CONSTRAINT ledger_entry_order_check CHECK (
        CASE WHEN entry_type = 'NO_USE_ATTESTATION'
             THEN order_reference IS NULL AND issuing_authority IS NULL AND kind IS NULL AND issued_on IS NULL
                  AND valid_from IS NULL AND valid_until IS NULL AND targets IS NULL
                  AND terrorist_act IS NULL AND offence_id IS NULL
             ELSE order_reference IS NOT NULL AND issuing_authority IS NOT NULL AND kind IS NOT NULL
                  AND issued_on IS NOT NULL AND valid_from IS NOT NULL AND valid_until IS NOT NULL
                  AND targets > 0 AND (terrorist_act IS NULL) <> (offence_id IS NULL)
        END);
