-- Territory agents list the projects that name a commune of their territory.
create index project_target_commune_by_code on project_target_commune (commune_code, project_id);
