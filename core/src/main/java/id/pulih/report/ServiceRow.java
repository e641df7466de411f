package id.pulih.report;

import id.pulih.reintegration.AtensiComponent;
import id.pulih.reintegration.ServiceStatus;
import id.pulih.shared.Rupiah;

/**
 * Reintegration services of one ATENSI component in one status.
 *
 * @param component the component
 * @param status the status
 * @param count how many services
 * @param cost their planned cost
 */
public record ServiceRow(AtensiComponent component, ServiceStatus status, long count, Rupiah cost) {}
