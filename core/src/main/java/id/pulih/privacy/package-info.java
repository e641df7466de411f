/**
 * The person's rights over their data under UU PDP No. 27/2022: {@link id.pulih.privacy.SubjectRecord}, one person's
 * whole record for access and portability, and {@link id.pulih.privacy.Identifiers}, the one rule of whether it shows
 * identifiers whole or masked. Reached through {@link id.pulih.Privacy} on the desk.
 */
@PulihStyle
package id.pulih.privacy;

import id.pulih.internal.util.PulihStyle;
