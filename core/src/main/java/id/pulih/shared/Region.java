package id.pulih.shared;

import id.pulih.internal.util.Checks;

/**
 * An administrative region of Indonesia: its Kemendagri code and its official name, such as {@code 52.02}
 * "Kabupaten Lombok Tengah" or {@code 53.01.08.1007} "Tarus". Look regions up with {@link Regions#official()}.
 *
 * @param code the region's code; not null
 * @param name the official name, as written in the Kemendagri list; not null nor blank
 */
public record Region(RegionCode code, String name) {

    /**
     * Checks both parts are present.
     *
     * @param code the region's code
     * @param name the official name
     * @throws InvalidValueException coded {@code region.required} or {@code name.required} when a part is missing
     */
    public Region {
        Checks.required(code, "region");
        name = Checks.requiredText(name, "name");
    }

    /**
     * The region's level, from its code.
     *
     * @return the level, never null
     */
    public RegionLevel level() {
        return code.level();
    }
}
