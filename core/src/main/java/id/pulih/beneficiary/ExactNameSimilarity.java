package id.pulih.beneficiary;

/** {@link NameSimilarity#exact()}: equal words are alike, nothing else. */
enum ExactNameSimilarity implements NameSimilarity {
    INSTANCE;

    @Override
    public double between(String a, String b) {
        return a.equals(b) ? 1 : 0;
    }

    @Override
    public String toString() {
        return "NameSimilarity.exact()";
    }
}
