-- The citizen's e-mail address and phone number (the email and phone scopes, OIDC Core §5.4), as
-- the national identity vouches for them: AES-GCM encrypted per column like the other personal data.

ALTER TABLE citizen_account ADD COLUMN email_enc varchar(1200) DEFAULT NULL;
ALTER TABLE citizen_account ADD COLUMN phone_number_enc varchar(400) DEFAULT NULL;
