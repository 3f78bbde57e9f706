-- Texts whose call to the provider got no answer are looked up there every few seconds by every instance
-- (messaging.UncertainTexts): find the settled ones without reading the whole outbox.
create index outbound_message_uncertain on outbound_message (updated_at) where status = 'UNCERTAIN';
