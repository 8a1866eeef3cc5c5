/** The node API: factories (OSGi services), terminals, specs, the two-phase node contract and the registry. */
package org.fluorite.flow.node;
