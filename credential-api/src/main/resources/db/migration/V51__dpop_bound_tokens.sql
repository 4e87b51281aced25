-- The JWK SHA-256 thumbprint (RFC 7638) of the DPoP key an access token of the pre-authorized grant
-- is bound to (RFC 9449 §6); NULL for bearer tokens. Runs on H2 and PostgreSQL.
ALTER TABLE issuance_access_token ADD COLUMN dpop_jkt VARCHAR(43);
