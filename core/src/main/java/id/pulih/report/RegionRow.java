package id.pulih.report;

import id.pulih.shared.RegionCode;

/**
 * A count for one region.
 *
 * @param code the region's code
 * @param name its official name (empty when the code is not in the bundled list)
 * @param count how many
 */
public record RegionRow(RegionCode code, String name, long count) {}
