package org.euc.portal.common.i18n;

/** A value with a label in the message bundle; messages show the label, never the constant's name. */
public interface Labelled {

    String labelKey();
}
