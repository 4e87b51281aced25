-- The citizen's verified e-mail address and phone number (the email and phone scopes): personal
-- data, so AES-GCM encrypted like the ID number and the names; nullable, as not everyone has both.

alter table citizen add column email_enc varchar(1200) default null;
alter table citizen add column phone_number_enc varchar(400) default null;
