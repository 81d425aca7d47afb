/** Users, roles, memberships of organisations, sign-in (password or magic link), invitations and resets. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "notifications", "web"})
package fr.passerelle.accounts;
