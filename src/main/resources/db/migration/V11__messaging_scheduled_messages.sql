-- Messages can be queued for later (reminders) with a time after which they are pointless (the appointment has
-- begun): such a message is EXPIRED instead of sent late. Queued messages can be CANCELLED before they go out.
-- E-mails can carry one attachment (an appointment's .ics).
alter table outbound_message
    add column expires_at       timestamptz,
    add column attachment_name  varchar(100),
    add column attachment_type  varchar(100),
    add column attachment       text;
