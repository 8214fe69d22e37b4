package org.onewindow.ui.intake;

/** Something the choose step offers: a single item or a bundle (一件事). */
public sealed interface Offer permits ItemSummary, ItemChoiceViewModel.BundleSummary {

    String name();
}
