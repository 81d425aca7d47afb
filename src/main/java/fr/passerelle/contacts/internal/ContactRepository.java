package fr.passerelle.contacts.internal;

import fr.passerelle.common.FrenchPhone;
import fr.passerelle.contacts.ContactHolderKind;
import fr.passerelle.contacts.ContactSubject;
import fr.passerelle.contacts.ThematicContact;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table of thematic contacts. */
@Repository
@RequiredArgsConstructor
public class ContactRepository {

    private static final String COLUMNS = "id, holder_kind, holder_id, subject, name, function, email, phone";

    private final JdbcClient jdbc;

    public List<ThematicContact> of(ContactHolderKind kind, UUID holderId) {
        return jdbc
                .sql("select " + COLUMNS + " from thematic_contact where holder_kind = :kind and holder_id = :holder")
                .param("kind", kind.code())
                .param("holder", holderId)
                .query(ContactRepository::contact)
                .list()
                .stream()
                .sorted(Comparator.comparing(ThematicContact::subject))
                .toList();
    }

    public Optional<ThematicContact> on(ContactHolderKind kind, UUID holderId, ContactSubject subject) {
        return jdbc.sql("select " + COLUMNS + " from thematic_contact"
                        + " where holder_kind = :kind and holder_id = :holder and subject = :subject")
                .param("kind", kind.code())
                .param("holder", holderId)
                .param("subject", subject.code())
                .query(ContactRepository::contact)
                .optional();
    }

    public ThematicContact insert(ContactHolderKind kind, UUID holderId, ContactRules.Checked contact, UUID author) {
        return jdbc.sql(
                        """
                        insert into thematic_contact
                            (holder_kind, holder_id, subject, name, function, email, phone, created_by)
                        values (:kind, :holder, :subject, :name, :function, :email, :phone, :author)
                        returning """
                                + " " + COLUMNS)
                .param("kind", kind.code())
                .param("holder", holderId)
                .param("subject", contact.subject().code())
                .param("name", contact.name())
                .param("function", contact.function())
                .param("email", contact.email())
                .param("phone", contact.phone() == null ? null : contact.phone().digits())
                .param("author", author)
                .query(ContactRepository::contact)
                .single();
    }

    public boolean delete(ContactHolderKind kind, UUID holderId, UUID contactId) {
        return jdbc.sql("delete from thematic_contact where id = :id and holder_kind = :kind and holder_id = :holder")
                        .param("id", contactId)
                        .param("kind", kind.code())
                        .param("holder", holderId)
                        .update()
                > 0;
    }

    private static ThematicContact contact(ResultSet row, int number) throws SQLException {
        String phone = row.getString("phone");
        return new ThematicContact(
                row.getObject("id", UUID.class),
                ContactHolderKind.ofCode(row.getString("holder_kind")).orElseThrow(),
                row.getObject("holder_id", UUID.class),
                ContactSubject.ofCode(row.getString("subject")).orElseThrow(),
                row.getString("name"),
                row.getString("function"),
                row.getString("email"),
                phone == null ? null : new FrenchPhone(phone));
    }
}
