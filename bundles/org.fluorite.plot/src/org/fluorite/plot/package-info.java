/** Plot models built from flowchart Transmissions, with SVG/CSV export and saved plots. No SWT. */
package org.fluorite.plot;
