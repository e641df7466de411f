/**
 * Business stimulus grants (bantuan stimulan usaha): schemes within a budget, awards to participants who completed a
 * programme and hold an account in their own name, payments in bank batches with idempotent bank results,
 * reconciliation, and proposals for further assistance.
 */
package id.pulih.grant;
