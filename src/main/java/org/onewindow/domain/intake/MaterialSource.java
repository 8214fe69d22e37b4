package org.onewindow.domain.intake;

/**
 * Where a material not handed in was taken from instead (减证便民): an electronic licence or an earlier
 * case, so the file shows its origin.
 *
 * @param source the electronic licence's name or the earlier case's number, with the clerk's reference
 */
public record MaterialSource(String materialCode, String materialName, MaterialStatus status, String source) {
}
