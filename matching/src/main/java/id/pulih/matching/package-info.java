/**
 * Name similarity for Pulih's duplicate scoring: {@link id.pulih.matching.JaroWinklerNameSimilarity}, the
 * {@link id.pulih.beneficiary.NameSimilarity} that {@code Pulih.builder()} finds by {@link java.util.ServiceLoader}
 * when this module is on the class path. Core keeps only the port and an exact default, so that it depends on no
 * string-distance library.
 */
package id.pulih.matching;
