/** The requirement profile screens' backing beans: the list and the editor. */
package org.opencoi.requirement.web;
