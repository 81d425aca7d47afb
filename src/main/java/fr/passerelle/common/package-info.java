/** Shared value types and the platform's infrastructure: the database engine and French text search. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.passerelle.common;
