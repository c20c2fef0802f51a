-- Issue 22: one account per e-mail address, whatever its case. Earlier versions let a partner's volunteer import
-- create an invited account with an address another account already had (even the coordinator's). Where that
-- happened, the oldest account keeps the address and each later one loses it (an administrator or the person can
-- give it another); the audit log names every account that lost its address, without the address itself.
insert into audit_log (actor_username, action, subject_type, subject_id, details)
select 'system', 'PERSON_CHANGED', 'user', u.id::text, 'e-mail removed: the address belongs to an older account'
from app_user u
where u.email is not null
  and exists (select 1 from app_user o where lower(o.email) = lower(u.email) and o.id < u.id);

update app_user u
set email = null, version = version + 1
where u.email is not null
  and exists (select 1 from app_user o where lower(o.email) = lower(u.email) and o.id < u.id);

create unique index app_user_email_lower_uq on app_user (lower(email));
