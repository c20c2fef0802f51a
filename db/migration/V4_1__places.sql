-- The audit log is searched by record ("every read of person 42", newest first): without this index that search
-- reads the whole log, which grows with every view of a profile.
create index audit_log_subject_idx on audit_log (subject_type, subject_id, id desc);
