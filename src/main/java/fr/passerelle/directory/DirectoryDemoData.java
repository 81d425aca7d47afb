package fr.passerelle.directory;

import fr.passerelle.common.ConditionalOnDemoData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The organisations the demonstration accounts belong to. */
@Component
@ConditionalOnDemoData
@Order(10)
class DirectoryDemoData implements ApplicationRunner {

    private final Organisations organisations;

    DirectoryDemoData(Organisations organisations) {
        this.organisations = organisations;
    }

    @Override
    public void run(ApplicationArguments args) {
        organisations.findOrCreate("Cap Rural", OrganisationKind.NETWORK);
        organisations.findOrCreate("Communauté de communes du Diois", OrganisationKind.LOCAL_AUTHORITY);
        organisations.findOrCreate("Parc naturel régional du Pilat", OrganisationKind.LOCAL_AUTHORITY);
        organisations.findOrCreate("CCI de la Drôme", OrganisationKind.SUPPORT_STRUCTURE);
        organisations.findOrCreate("France Active Auvergne-Rhône-Alpes", OrganisationKind.FUNDER);
    }
}
