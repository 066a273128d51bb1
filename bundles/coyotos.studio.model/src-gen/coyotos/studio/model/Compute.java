/**
 * Coyotos Studio
 */
package coyotos.studio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Compute</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link coyotos.studio.model.Compute#getCycles <em>Cycles</em>}</li>
 * </ul>
 *
 * @see coyotos.studio.model.CoyotosPackage#getCompute()
 * @model
 * @generated
 */
public interface Compute extends Step {
	/**
	 * Returns the value of the '<em><b>Cycles</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cycles</em>' attribute.
	 * @see #setCycles(long)
	 * @see coyotos.studio.model.CoyotosPackage#getCompute_Cycles()
	 * @model
	 * @generated
	 */
	long getCycles();

	/**
	 * Sets the value of the '{@link coyotos.studio.model.Compute#getCycles <em>Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cycles</em>' attribute.
	 * @see #getCycles()
	 * @generated
	 */
	void setCycles(long value);

} // Compute
