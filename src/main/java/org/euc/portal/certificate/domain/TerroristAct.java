package org.euc.portal.certificate.domain;

/**
 * The nine intentional acts that are terrorist acts when committed with one of the three aims
 * (DESIGN.md). Their full legal text is in the message bundle under {@link #textKey()}; the
 * aims under {@code terrorism.aims.*}. Stored by name: never rename.
 */
public enum TerroristAct {
    ATTACK_ON_LIFE,
    ATTACK_ON_PHYSICAL_INTEGRITY,
    KIDNAPPING_OR_HOSTAGE_TAKING,
    EXTENSIVE_DESTRUCTION,
    SEIZURE_OF_TRANSPORT,
    WEAPONS,
    DANGEROUS_SUBSTANCES_FIRES_FLOODS_EXPLOSIONS,
    DISRUPTION_OF_FUNDAMENTAL_RESOURCES,
    THREAT_TO_COMMIT;

    /** 1 to 9, as numbered in the ministry's guidelines. */
    public int number() {
        return ordinal() + 1;
    }

    public String textKey() {
        return "terrorism.act." + number();
    }
}
