-- The W3C traceparent (https://www.w3.org/TR/trace-context/) of the span that wrote an outbox row, so the relay
-- continues that trace across Kafka (CloudEvents extension traceparent). Null for rows written outside a span.
ALTER TABLE outbox_event ADD COLUMN traceparent VARCHAR(55);
