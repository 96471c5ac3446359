-- Under four eyes, who proposed the decision the history's actor confirmed. Stored as a fact and
-- put into words when read, in the reader's language; until now it was appended to the rationale
-- in English (" (proposed by …)"), and those rows keep their text.
ALTER TABLE status_change ADD COLUMN proposed_by varchar(100);
