package id.pulih.repatriation;

/** How a returnee travels home. */
public enum TransportMode {
    /** By bus. */
    BUS,
    /** By ship. */
    SHIP,
    /** By plane. */
    PLANE,
    /** Otherwise. */
    OTHER
}
