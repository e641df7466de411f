-- Pulih schema, version 7: payment.batch_id refers to payment_batch. Version 2 left it without a foreign key, since a
-- payment was then saved with its batch id before the batch; the grant service has since saved the batch first.
--
-- A database written by an earlier version may hold payments whose batch id names no batch. They are repaired
-- before the key is added, so that the migration never fails on such rows and no payment is lost:
--   * an APPROVED payment (batched, never sent) goes back to waiting: its batch id is cleared, and the next
--     prepareBatches takes it again. Nothing was sent to a bank for it.
--   * a payment SENT, PAID or REJECTED was in a batch that went to the bank: that batch is restored from its payments
--     (scheme and bank of its first payment by id, its payments in id order, marked sent). The date it was created and
--     sent is not known; the latest approval date of its payments, the earliest day it can have been sent, stands for
--     both.

UPDATE payment SET batch_id = NULL
 WHERE status = 'APPROVED'
   AND batch_id IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM payment_batch b WHERE b.id = payment.batch_id);

INSERT INTO payment_batch (id, version, scheme_id, bank_code, created_on, sent_on)
SELECT o.batch_id,
       1,
       (SELECT p.scheme_id FROM payment p WHERE p.batch_id = o.batch_id ORDER BY p.id FETCH FIRST 1 ROW ONLY),
       (SELECT p.bank_code FROM payment p WHERE p.batch_id = o.batch_id ORDER BY p.id FETCH FIRST 1 ROW ONLY),
       MAX(o.approved_on),
       MAX(o.approved_on)
  FROM payment o
 WHERE o.batch_id IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM payment_batch b WHERE b.id = o.batch_id)
 GROUP BY o.batch_id;

INSERT INTO payment_batch_item (batch_id, seq, payment_id)
SELECT p.batch_id, ROW_NUMBER() OVER (PARTITION BY p.batch_id ORDER BY p.id) - 1, p.id
  FROM payment p
 WHERE p.batch_id IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM payment_batch_item i WHERE i.batch_id = p.batch_id);

ALTER TABLE payment ADD CONSTRAINT fk_payment_batch FOREIGN KEY (batch_id) REFERENCES payment_batch (id);
