package fr.passerelle.accounts.web;

/** What the forms accept as an e-mail address: the same rule as the database's check on users. */
final class EmailAddress {

    static final String PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private EmailAddress() {}
}
